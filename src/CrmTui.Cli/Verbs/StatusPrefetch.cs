using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// The local <c>crm_mon</c> of a plain <c>crmtui status</c>, started before the verb tree is
/// built and the arguments parsed, so that crm_mon's own ~45 ms overlap crmtui's start-up
/// instead of following it (docs/performance.md, "CLI status"). It is the very command the
/// status verb would run (<see cref="StatusFetcher.CommandFor"/> of the default request) through
/// the same runner; the verb takes its result (<see cref="TryTake"/>) when the parsed request
/// turns out to need exactly that command, and otherwise the process is killed unused.
/// </summary>
public sealed class StatusPrefetch : IAsyncDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private int _taken;

    private StatusPrefetch(CommandLine command, ICommandRunner runner)
    {
        Command = command;
        Result = runner.RunAsync(command, _cancel.Token);
    }

    /// <summary>The command that was started.</summary>
    public CommandLine Command { get; }

    /// <summary>The running command; faults exactly as the runner's own call would.</summary>
    public Task<CommandResult> Result { get; }

    /// <summary>
    /// Starts crm_mon when <paramref name="args"/> can only mean a status of the local node with
    /// the default timeout: <c>status</c> followed by nothing but <c>--once</c>,
    /// <c>--read-only</c> and <c>--output</c>/<c>-o</c> with a format. Anything else (a host, a
    /// file, a timeout, --watch, help, an unknown word) starts nothing and returns null.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="runner">Runs crm_mon; null: a <see cref="LocalProcessRunner"/>, as the verb's own.</param>
    public static StatusPrefetch? TryStart(IReadOnlyList<string> args, ICommandRunner? runner = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!IsPlainLocalStatus(args))
            return null;
        return new StatusPrefetch(StatusFetcher.CommandFor(new StatusRequest()), runner ?? new LocalProcessRunner());
    }

    /// <summary>Whether the arguments are a plain local <c>status</c> (see <see cref="TryStart"/>).</summary>
    public static bool IsPlainLocalStatus(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] != "status")
            return false;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--once" or "--read-only":
                    continue;
                case "--output" or "-o" when i + 1 < args.Count && args[i + 1] is "text" or "json" or "xml":
                    i++;
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The started command's result, once, when <paramref name="command"/> is the same command
    /// (argv, environment, timeout, no input) and the request is for the local node (<paramref name="localTarget"/>).
    /// </summary>
    public bool TryTake(CommandLine command, bool localTarget, out Task<CommandResult> result)
    {
        ArgumentNullException.ThrowIfNull(command);
        result = Result;
        return localTarget
            && command.Argv.SequenceEqual(Command.Argv, StringComparer.Ordinal)
            && command.Environment.IsEmpty && Command.Environment.IsEmpty
            && command.Timeout == Command.Timeout
            && command.StandardInput is null
            && Interlocked.Exchange(ref _taken, 1) == 0;
    }

    /// <summary>Stops the command (as cancelling the runner's call would).</summary>
    public void Cancel() => _cancel.Cancel();

    /// <summary>Kills the command if nobody took it (nobody can after this), and waits for it to end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _taken, 1) == 0)
            await _cancel.CancelAsync().ConfigureAwait(false);
        try
        {
            await Result.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or TransportException)
        {
            // Unused, or already reported by the verb that took it.
        }
        _cancel.Dispose();
    }
}
