using System.Collections.Immutable;
using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Commands.Actions.Tickets;
using CrmTui.Core.Model;

namespace CrmTui.Commands;

/// <summary>
/// What can be done to a node, a resource, a failure, a ticket or the whole cluster, each with
/// its disabled reason on the given snapshot. Menus and key hints are built from these lists;
/// actions that need a parameter the operator has not chosen yet (a target node for move, a
/// lifetime) appear with their default: move and ban act on the current node.
/// </summary>
public static class ActionCatalog
{
    public static ImmutableArray<ActionChoice> ForNode(ClusterSnapshot snapshot, string node, bool readOnly = false) =>
        Choose(snapshot, readOnly,
            new StandbyNode(node), new StandbyNode(node, AttributeLifetime.Reboot),
            new UnstandbyNode(node), new UnstandbyNode(node, AttributeLifetime.Reboot),
            new NodeMaintenance(node, On: true), new NodeMaintenance(node, On: false),
            new FenceNode(node), new FenceNode(node, FenceMode.Off), new ConfirmFenced(node));

    public static ImmutableArray<ActionChoice> ForResource(ClusterSnapshot snapshot, string resource, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var actions = new List<ClusterAction>
        {
            new CleanupResource(resource), new RefreshResource(resource),
            new MoveResource(resource), new BanResource(resource), new ClearResource(resource),
            new ClearExpired(resource),
            new EnableResource(resource), new DisableResource(resource),
            new ManageResource(resource), new UnmanageResource(resource), new RestartResource(resource),
        };
        // The promoted-role variants only mean something for a promotable clone.
        if (new SnapshotFacts(snapshot).IsPromotable(resource))
            actions.AddRange([new MoveResource(resource, Promoted: true), new BanResource(resource, Promoted: true)]);
        return Choose(snapshot, readOnly, [.. actions]);
    }

    public static ImmutableArray<ActionChoice> ForFailure(ClusterSnapshot snapshot, FailedAction failure, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Choose(snapshot, readOnly,
            CleanupFailure.For(failure), new CleanupResource(failure.Resource, failure.Node),
            new CleanupResource(failure.Resource));
    }

    public static ImmutableArray<ActionChoice> ForTicket(ClusterSnapshot snapshot, string ticket, bool readOnly = false) =>
        Choose(snapshot, readOnly, new GrantTicket(ticket), new RevokeTicket(ticket));

    public static ImmutableArray<ActionChoice> ForCluster(ClusterSnapshot snapshot, bool readOnly = false) =>
        Choose(snapshot, readOnly,
            new ClusterMaintenance(On: true), new ClusterMaintenance(On: false),
            new CleanupAll(), new RefreshAll(), new ClearExpired());

    /// <summary>
    /// One instance of every kind of action, for documentation and for tests that must cover
    /// them all (the read-only test runs each of these).
    /// </summary>
    public static ImmutableArray<ClusterAction> Every(string node, string resource, string ticket) =>
    [
        new StandbyNode(node), new StandbyNode(node, AttributeLifetime.Reboot),
        new UnstandbyNode(node), new UnstandbyNode(node, AttributeLifetime.Reboot),
        new NodeMaintenance(node, On: true), new NodeMaintenance(node, On: false),
        new ClusterMaintenance(On: true), new ClusterMaintenance(On: false),
        new CleanupResource(resource), new CleanupResource(resource, node),
        new CleanupFailure(resource, node, "monitor", 10_000), new CleanupAll(),
        new RefreshResource(resource), new RefreshResource(resource, node), new RefreshAll(),
        new MoveResource(resource, node), new MoveResource(resource), new MoveResource(resource, node, "PT10M"),
        new MoveResource(resource, Promoted: true),
        new BanResource(resource, node), new BanResource(resource), new BanResource(resource, node, "PT1H", Promoted: true),
        new ClearResource(resource), new ClearResource(resource, node), new ClearExpired(resource), new ClearExpired(),
        new EnableResource(resource), new DisableResource(resource),
        new ManageResource(resource), new UnmanageResource(resource), new RestartResource(resource),
        new FenceNode(node), new FenceNode(node, FenceMode.Off), new ConfirmFenced(node),
        new GrantTicket(ticket), new RevokeTicket(ticket),
    ];

    private static ImmutableArray<ActionChoice> Choose(ClusterSnapshot snapshot, bool readOnly, params ClusterAction[] actions)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. actions.Select(a => new ActionChoice(a, readOnly ? Reasons.ReadOnly : a.DisabledReason(snapshot)))];
    }
}
