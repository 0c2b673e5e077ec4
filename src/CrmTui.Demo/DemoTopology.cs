using System.Collections.Immutable;

namespace CrmTui.Demo;

/// <summary>
/// The names in the demo cluster's CIB (<c>Cib/demo-cib.xml</c>) that the simulation and the
/// scenarios refer to. A test checks them against the CIB, so the two cannot drift apart.
/// </summary>
public static class DemoTopology
{
    public const string ClusterName = "demo";

    public static ImmutableArray<string> FullNodes { get; } = ["node1", "node2", "node3"];

    public static ImmutableArray<string> RemoteNodes { get; } = ["remote1", "remote2"];

    public static IEnumerable<string> AllNodes => FullNodes.Concat(RemoteNodes);

    /// <summary>The booth-style ticket <c>dr-replica</c> depends on; granted at start.</summary>
    public const string Ticket = "ticket-dr";

    /// <summary>The node attribute the ping clone's agent would maintain; the web group's location rule reads it.</summary>
    public const string PingAttribute = "pingd";

    public const string PingValue = "1000";

    /// <summary>The promotion score the Stateful agent would set for <c>db</c> on the full nodes.</summary>
    public const string PromotionAttribute = "master-db";

    public const string PromotionValue = "10";

    /// <summary>The failure the demo starts with: web-server's 10 s monitor found it not running on node2.</summary>
    public static MonitorFailure StartingFailure { get; } = new("web-server", 10_000, "node2");
}
