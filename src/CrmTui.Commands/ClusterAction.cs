using CrmTui.Core.Model;
using CrmTui.Transport;

namespace CrmTui.Commands;

/// <summary>
/// One thing an operator can do to a cluster. Every action is a small sealed record that knows
/// its argv, how dangerous it is, and when it does not apply. Actions never run themselves:
/// <see cref="Execution.ActionExecutor"/> is the only way a command reaches a runner.
/// </summary>
public abstract record ClusterAction
{
    /// <summary>Stable dotted name, e.g. <c>node.standby</c>: key bindings, audit log, CLI.</summary>
    public abstract string Key { get; }

    public abstract ActionScope Scope { get; }

    public abstract Danger Danger { get; }

    /// <summary>What it acts on: a node, resource or ticket name, or <c>cluster</c>.</summary>
    public abstract string Target { get; }

    /// <summary>One line for people: "Put node n1 in standby until it reboots".</summary>
    public abstract string Description { get; }

    /// <summary>
    /// Why the request itself is wrong (empty name, bad lifetime), whatever the cluster looks
    /// like; null when it is well formed. An invalid action has no command.
    /// </summary>
    public virtual string? InvalidReason => null;

    /// <summary>The exact command. Throws <see cref="InvalidOperationException"/> when
    /// <see cref="InvalidReason"/> is set.</summary>
    public CommandLine BuildCommand()
    {
        if (InvalidReason is { } reason)
            throw new InvalidOperationException(reason);
        return Build();
    }

    /// <summary>
    /// Why the action cannot be used on the cluster as <paramref name="snapshot"/> shows it, in
    /// operator words ("node3 is already in standby"); null when it can. Includes
    /// <see cref="InvalidReason"/>. Read-only profiles are the executor's and catalog's business.
    /// </summary>
    public string? DisabledReason(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return InvalidReason ?? UnavailableReason(new SnapshotFacts(snapshot));
    }

    private protected abstract CommandLine Build();

    private protected abstract string? UnavailableReason(SnapshotFacts facts);
}
