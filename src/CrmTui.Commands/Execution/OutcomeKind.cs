namespace CrmTui.Commands.Execution;

/// <summary>How an action request ended. Only <see cref="Succeeded"/> and <see cref="Failed"/> ran anything.</summary>
public enum OutcomeKind
{
    /// <summary>The command ran and exited 0.</summary>
    Succeeded,

    /// <summary>The command ran and failed, or could not be run (transport error, timeout).</summary>
    Failed,

    /// <summary>Dry run: the command was formatted, nothing ran.</summary>
    DryRun,

    /// <summary>The profile is read-only: nothing was built or run.</summary>
    RefusedReadOnly,

    /// <summary>The confirmation policy wants a confirmation the caller did not give.</summary>
    NeedsConfirmation,

    /// <summary>The action does not apply to the cluster as it is now (node already in standby, …).</summary>
    Unavailable,

    /// <summary>The request itself is wrong (empty name, bad lifetime): nothing ran.</summary>
    Invalid,
}
