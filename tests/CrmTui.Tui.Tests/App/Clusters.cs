using CrmTui.Core.Model;

namespace CrmTui.Tui.Tests.App;

// Snapshots built in code for scenario tests (invented names; no corpus data).
internal static class Clusters
{
    public static ClusterNode Node(string name, bool dc = false) => new()
    {
        Name = name,
        Id = name,
        Online = true,
        IsDc = dc,
        Type = NodeType.Member,
        TypeText = "member",
        ResourcesRunning = 2,
    };

    public static ClusterSnapshot ThreeNodes(bool quorum = true, bool fenceDevice = true) => new()
    {
        Summary = new ClusterSummary
        {
            Stack = new ClusterStack { Type = "corosync" },
            CurrentDc = new CurrentDc { Present = true, Name = "alpha-01", WithQuorum = quorum },
            Options = new ClusterOptions { StonithEnabled = true, NoQuorumPolicy = "stop" },
            NodesConfigured = new NodesConfigured { Number = 3 },
            ResourcesConfigured = new ResourcesConfigured { Number = 5 },
        },
        Nodes = [Node("alpha-01", dc: true), Node("alpha-02"), Node("alpha-03") with { Standby = true, ResourcesRunning = 0 }],
        Resources = fenceDevice
            ? [new PrimitiveResource { Id = "fence-all", Agent = "stonith:fence_xvm", Active = true, Managed = true }]
            : [],
    };

    public static ClusterSnapshot WithNode(this ClusterSnapshot s, string name, Func<ClusterNode, ClusterNode> change) =>
        s with { Nodes = [.. s.Nodes.Select(n => n.Name == name ? change(n) : n)] };
}
