using CrmTui.Core.Model;

namespace CrmTui.Integration.Tests.Commands;

/// <summary>Small questions the command tests ask of a parsed snapshot.</summary>
internal static class SnapshotQueries
{
    public static PrimitiveResource? Primitive(this ClusterSnapshot snapshot, string id) =>
        snapshot.AllPrimitives().Select(p => p.Resource).FirstOrDefault(p => p.Id == id || p.BaseId == id);

    public static bool IsStarted(this ClusterSnapshot snapshot, string id) =>
        snapshot.Primitive(id) is { Active: true, Role: ResourceRole.Started or ResourceRole.Promoted };

    /// <summary>Every resource the lab configures is running (the promotable clone promoted), no
    /// failure is recorded, and nothing is in standby or maintenance: the lab as it comes up.
    /// <c>crmtui check</c> judges all of that, so a test of it must start from here, not from a
    /// lab where one resource is still starting after another test restarted Pacemaker.</summary>
    public static bool IsFullySettled(this ClusterSnapshot snapshot) =>
        new[] { "dummy1", "dummy2", "group1-a", "group1-b", "dummy-c" }.All(snapshot.IsStarted)
        && snapshot.Primitive("stateful") is { Active: true, Role: ResourceRole.Promoted }
        && snapshot.Failures.IsDefaultOrEmpty
        && snapshot.Summary?.Options?.MaintenanceMode == false
        && snapshot.Nodes.All(n => n is { Online: true, Standby: false, Maintenance: false });

    public static bool IsStopped(this ClusterSnapshot snapshot, string id) =>
        snapshot.Primitive(id) is { Active: false, Role: ResourceRole.Stopped };

    public static ClusterNode Node(this ClusterSnapshot snapshot, string name) =>
        snapshot.FindNode(name) ?? throw new InvalidOperationException($"node {name} missing from crm_mon");

    public static ResourceHistory? History(this ClusterSnapshot snapshot, string node, string resource) =>
        snapshot.NodeHistory.FirstOrDefault(h => h.Node == node)?.Resources.FirstOrDefault(r => r.Id == resource);

    /// <summary>The highest call id in the resource's operation history: a fresh history (after
    /// a refresh or a restart) has only calls above the old maximum.</summary>
    public static int MaxCall(this ClusterSnapshot snapshot, string node, string resource) =>
        snapshot.History(node, resource)?.Operations.Select(o => o.Call).DefaultIfEmpty(0).Max() ?? 0;
}
