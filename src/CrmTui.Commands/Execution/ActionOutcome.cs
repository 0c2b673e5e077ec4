using CrmTui.Transport;

namespace CrmTui.Commands.Execution;

/// <summary>
/// What happened to one action request. <see cref="Command"/> is null when the executor refused
/// before building it (read-only, invalid input). <see cref="ExitCode"/> is null when nothing ran
/// or the command could not be run at all.
/// </summary>
public sealed record ActionOutcome(
    OutcomeKind Kind,
    ClusterAction Action,
    CommandLine? Command,
    string? FormattedCommand,
    int? ExitCode,
    string Stdout,
    string Stderr,
    TimeSpan Duration,
    string Summary)
{
    public bool Succeeded => Kind == OutcomeKind.Succeeded;

    /// <summary>True when a command was handed to the runner (whatever its result).</summary>
    public bool Ran => Kind is OutcomeKind.Succeeded or OutcomeKind.Failed;

    internal static ActionOutcome NotRun(OutcomeKind kind, ClusterAction action, string summary,
        CommandLine? command = null, string? formatted = null) =>
        new(kind, action, command, formatted, null, "", "", TimeSpan.Zero, summary);
}
