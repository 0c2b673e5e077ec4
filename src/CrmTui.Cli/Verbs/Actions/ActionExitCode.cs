using CrmTui.Commands.Execution;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary>Exit codes of the action verbs (docs/cli.md). 1 is System.CommandLine's for a usage error.</summary>
public static class ActionExitCode
{
    /// <summary>The action ran and succeeded, or <c>--dry-run</c> printed its command.</summary>
    public const int Done = 0;
    public const int Usage = 1;

    /// <summary>The request itself is wrong (empty or control-character name, bad lifetime): nothing ran.</summary>
    public const int Invalid = 2;

    /// <summary>The action does not apply to the cluster as it is now ("node1 is already in standby").</summary>
    public const int Unavailable = 3;

    /// <summary>A destructive action without <c>--yes</c>: nothing ran.</summary>
    public const int NeedsConfirmation = 4;

    /// <summary><c>--read-only</c>: nothing was built or run.</summary>
    public const int ReadOnly = 5;

    /// <summary>The tool ran and reported a failure (its reason is in the message).</summary>
    public const int Failed = 6;

    /// <summary>The cluster could not be reached or gave no status (ssh refused, host key,
    /// timeout, Pacemaker not running), or the action's command could not be run at all.</summary>
    public const int Unreachable = 7;

    public static int For(ActionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Kind switch
        {
            OutcomeKind.Succeeded or OutcomeKind.DryRun => Done,
            OutcomeKind.Invalid => Invalid,
            OutcomeKind.Unavailable => Unavailable,
            OutcomeKind.NeedsConfirmation => NeedsConfirmation,
            OutcomeKind.RefusedReadOnly => ReadOnly,
            // A failed outcome with no exit code never ran to the end: the transport failed.
            _ => outcome.ExitCode is null ? Unreachable : Failed,
        };
    }
}
