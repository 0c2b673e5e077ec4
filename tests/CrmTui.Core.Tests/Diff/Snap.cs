using CrmTui.Core.Model;

namespace CrmTui.Core.Tests.Diff;

/// <summary>
/// Hand-built snapshots for the pure differ tests: a healthy three-node cluster (DC node1, quorum)
/// with dummy1 on node1, anonymous clone ping-clone of ping on all nodes, promotable ms1 of state1
/// (Promoted on node1, Unpromoted on node2 and node3). Tests change it with <c>with</c>.
/// </summary>
internal static class Snap
{
    public static ClusterSnapshot Healthy() => new()
    {
        Summary = new ClusterSummary
        {
            CurrentDc = new CurrentDc { Present = true, Name = "node1", Id = "1", Version = "2.1.5", WithQuorum = true, MixedVersion = false },
            LastUpdate = new LastUpdate { Time = CrmTime.Parse("Sun Nov 22 05:00:00 2026") },
            LastChange = new LastChange { Time = CrmTime.Parse("Sun Nov 22 04:00:00 2026"), User = "root", Client = "cibadmin", Origin = "node1" },
            Options = new ClusterOptions { StonithEnabled = true, SymmetricCluster = true, NoQuorumPolicy = "stop", StonithTimeoutMs = 60000 },
        },
        Pacemakerd = new PacemakerdState { State = "running", LastUpdated = CrmTime.Parse("2026-11-22 05:00:00Z") },
        Nodes = [Node("node1", 1), Node("node2", 2), Node("node3", 3)],
        Resources =
        [
            Primitive("dummy1", "node1"),
            Clone("ping-clone", Primitive("ping", "node1"), Primitive("ping", "node2"), Primitive("ping", "node3")),
            Clone("ms1", promotable: true,
                Primitive("state1", "node1", ResourceRole.Promoted),
                Primitive("state1", "node2", ResourceRole.Unpromoted),
                Primitive("state1", "node3", ResourceRole.Unpromoted)),
        ],
        NodeHistory =
        [
            History("node1", Resource("dummy1", Op(2, "start"), Op(3, "monitor", 10000))),
            History("node2"),
            History("node3"),
        ],
    };

    public static ClusterNode Node(string name, int id) => new()
    {
        Name = name,
        Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Online = true,
        ExpectedUp = true,
        Type = NodeType.Member,
        TypeText = "member",
        IsDc = id == 1,
        Health = "green",
    };

    public static PrimitiveResource Primitive(string id, string? node, ResourceRole role = ResourceRole.Started) => new()
    {
        Id = id,
        Agent = "ocf:pacemaker:Dummy",
        Role = node is null ? ResourceRole.Stopped : role,
        RoleText = (node is null ? ResourceRole.Stopped : role).ToString(),
        Active = node is not null,
        Managed = true,
        NodesRunningOn = node is null ? 0 : 1,
        Nodes = node is null ? [] : [new ResourceNode { Name = node, Id = node, Cached = true }],
    };

    public static CloneResource Clone(string id, params ResourceItem[] children) => Clone(id, false, children);

    public static CloneResource Clone(string id, bool promotable, params ResourceItem[] children) => new()
    {
        Id = id,
        MultiState = promotable,
        Managed = true,
        Children = [.. children],
    };

    public static NodeHistory History(string node, params ResourceHistory[] resources) => new() { Node = node, Resources = [.. resources] };

    public static ResourceHistory Resource(string id, params OperationRecord[] ops) => new() { Id = id, MigrationThreshold = 1000000, Operations = [.. ops] };

    public static OperationRecord Op(int call, string task, long interval = 0) => new()
    {
        Call = call,
        Task = task,
        Rc = 0,
        RcText = "ok",
        Interval = interval == 0 ? null : new CrmDuration(interval + "ms", TimeSpan.FromMilliseconds(interval)),
        LastRcChange = CrmTime.Parse("Sun Nov 22 04:30:00 2026"),
        ExecTime = new CrmDuration("12ms", TimeSpan.FromMilliseconds(12)),
        QueueTime = new CrmDuration("0ms", TimeSpan.Zero),
    };

    public static FailedAction Failure(string key, string node, int call, string task = "monitor") => new()
    {
        OpKey = key,
        Node = node,
        ExitStatus = "not running",
        ExitReason = "none",
        ExitCode = 7,
        Call = call,
        Status = "complete",
        Task = task,
        LastRcChange = CrmTime.Parse("2026-11-22 05:00:00Z"),
        Queued = new CrmDuration("0", TimeSpan.Zero),
        Exec = new CrmDuration("5", TimeSpan.FromMilliseconds(5)),
        Interval = new CrmDuration("10000", TimeSpan.FromSeconds(10)),
    };

    /// <summary>Replaces the top-level resource item with the given id.</summary>
    public static ClusterSnapshot WithResource(this ClusterSnapshot s, ResourceItem item) =>
        s with { Resources = [.. s.Resources.Select(r => r.Id == item.Id ? item : r)] };

    public static ClusterSnapshot WithNode(this ClusterSnapshot s, string name, Func<ClusterNode, ClusterNode> change) =>
        s with { Nodes = [.. s.Nodes.Select(n => n.Name == name ? change(n) : n)] };
}
