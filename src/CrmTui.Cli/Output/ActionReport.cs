using System.Collections.Immutable;
using CrmTui.Cli.Verbs.Actions;
using CrmTui.Commands;
using CrmTui.Commands.Execution;

namespace CrmTui.Cli.Output;

/// <summary>
/// What an action verb reports: the executor's outcome, or the status failure that stopped it
/// before the executor was asked. <see cref="Outcome"/> is a snake_case word (docs/cli.md).
/// </summary>
public sealed record ActionReport(
    string Action,
    string Target,
    string Host,
    string Outcome,
    int ExitCode,
    string Summary,
    ImmutableArray<string>? Argv,
    string? FormattedCommand,
    int? ToolExitCode,
    TimeSpan Duration,
    string Stdout,
    string Stderr,
    string? Failover)
{
    public static ActionReport From(ActionOutcome outcome, string host, string? failover)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var exit = ActionExitCode.For(outcome);
        var word = exit == ActionExitCode.Unreachable ? "unreachable" : outcome.Kind switch
        {
            OutcomeKind.Succeeded => "succeeded",
            OutcomeKind.Failed => "failed",
            OutcomeKind.DryRun => "dry_run",
            OutcomeKind.RefusedReadOnly => "refused_read_only",
            OutcomeKind.NeedsConfirmation => "needs_confirmation",
            OutcomeKind.Unavailable => "unavailable",
            _ => "invalid",
        };
        return new ActionReport(outcome.Action.Key, outcome.Action.Target, host, word, exit, outcome.Summary,
            outcome.Command?.Argv, outcome.FormattedCommand, outcome.ExitCode, outcome.Duration,
            outcome.Stdout, outcome.Stderr, failover);
    }

    /// <summary>No status could be had, so availability could not be checked: nothing ran.</summary>
    public static ActionReport NoStatus(ClusterAction action, string host, string error, string? failover)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new ActionReport(action.Key, action.Target, host, "unreachable", ActionExitCode.Unreachable,
            $"{action.Description}: not run, no cluster status from {host}: {error}", null, null, null, TimeSpan.Zero, "", "", failover);
    }
}
