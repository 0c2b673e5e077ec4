using System.Collections.Immutable;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// The "local transport" into a lab node: runs each argv inside the node's network, mount, UTS
/// and IPC namespaces by prefixing <c>nsenter --net=… --mount=… --uts=… --ipc=… --</c>, then
/// hands it to an inner runner (the product's <see cref="LocalProcessRunner"/>). nsenter execs
/// the command in place, so a timeout that kills the process kills the command itself.
/// </summary>
public sealed class NamespacedRunner : ICommandRunner
{
    private readonly ICommandRunner _inner;
    private readonly ImmutableArray<string> _prefix;

    public NamespacedRunner(ICommandRunner inner, string target, string netns, string mountNs, string utsNs, string ipcNs)
    {
        _inner = inner;
        Target = target;
        _prefix = ["nsenter", $"--net={netns}", $"--mount={mountNs}", $"--uts={utsNs}", $"--ipc={ipcNs}", "--"];
    }

    public string Target { get; }

    public string Format(CommandLine command) => _inner.Format(Wrap(command));

    public async Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Argv.IsDefaultOrEmpty || command.Program.Length == 0)
            throw new TransportException(TransportFailure.InvalidRequest, Target, "empty command: nothing to run");
        var result = await _inner.RunAsync(Wrap(command), cancellationToken).ConfigureAwait(false);
        // nsenter reports a missing program as its own failure (exit 127); report it the way the
        // contract says a local runner does.
        if (result.ExitCode == 127 && result.Stderr.StartsWith("nsenter: failed to execute", StringComparison.Ordinal))
            throw new TransportException(TransportFailure.ProgramNotFound, Target,
                $"{command.Program}: program not found inside the lab ({result.Stderr.Trim()})");
        return result;
    }

    private CommandLine Wrap(CommandLine command) => command with { Argv = _prefix.AddRange(command.Argv) };
}
