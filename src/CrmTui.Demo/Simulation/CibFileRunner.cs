using CrmTui.Transport;

namespace CrmTui.Demo.Simulation;

/// <summary>
/// The "CIB_file transport": runs every command through <paramref name="inner"/> (a local
/// runner) with <c>CIB_file</c> set to the simulation's private CIB, so Pacemaker's tools read
/// and write that file instead of talking to a cluster.
/// </summary>
public sealed class CibFileRunner(ICommandRunner inner, string cibPath) : ICommandRunner
{
    public const string Variable = "CIB_file";

    public string CibPath { get; } = cibPath;

    public string Target => "demo simulation";

    public string Format(CommandLine command) => inner.Format(Decorate(command));

    public Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default) =>
        inner.RunAsync(Decorate(command), cancellationToken);

    private CommandLine Decorate(CommandLine command) => command.WithEnvironment(Variable, CibPath);
}
