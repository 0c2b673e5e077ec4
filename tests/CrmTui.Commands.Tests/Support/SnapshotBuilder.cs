using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Commands.Tests.Support;

/// <summary>
/// Builds <see cref="ClusterSnapshot"/> records directly, so availability tests say exactly
/// which fact they depend on and do not lean on the parser.
/// </summary>
internal sealed class SnapshotBuilder
{
    private readonly List<ClusterNode> _nodes = [];
    private readonly List<ResourceItem> _resources = [];
    private readonly List<FailedAction> _failures = [];
    private readonly List<Ticket> _tickets = [];
    private readonly List<Ban> _bans = [];
    private bool _maintenanceMode;

    public SnapshotBuilder Node(string name, bool online = true, bool standby = false, bool maintenance = false, bool unclean = false)
    {
        _nodes.Add(new ClusterNode { Name = name, Id = (_nodes.Count + 1).ToString(), Online = online, Standby = standby, Maintenance = maintenance, Unclean = unclean });
        return this;
    }

    public SnapshotBuilder Primitive(string id, string? on = null, string? targetRole = null, bool managed = true, string agent = "ocf:pacemaker:Dummy")
    {
        _resources.Add(MakePrimitive(id, on, targetRole, managed, agent));
        return this;
    }

    public SnapshotBuilder FenceDevice(string id, string on) => Primitive(id, on, agent: "stonith:fence_dummy");

    public SnapshotBuilder Group(string id, params PrimitiveResource[] members)
    {
        _resources.Add(new GroupResource { Id = id, Managed = true, NumberResources = members.Length, Children = [.. members] });
        return this;
    }

    public SnapshotBuilder PromotableClone(string id, string child, string? promotedOn, params string[] unpromotedOn)
    {
        var instances = new List<ResourceItem>();
        var n = 0;
        if (promotedOn is not null)
            instances.Add(MakePrimitive($"{child}:{n++}", promotedOn, null, true, "ocf:pacemaker:Stateful") with { Role = ResourceRole.Promoted });
        foreach (var node in unpromotedOn)
            instances.Add(MakePrimitive($"{child}:{n++}", node, null, true, "ocf:pacemaker:Stateful") with { Role = ResourceRole.Unpromoted });
        _resources.Add(new CloneResource { Id = id, MultiState = true, Managed = true, Children = [.. instances] });
        return this;
    }

    public SnapshotBuilder Clone(string id, string child, params string[] on)
    {
        var instances = on.Select((node, i) => (ResourceItem)MakePrimitive($"{child}:{i}", node, null, true, "ocf:pacemaker:Dummy"));
        _resources.Add(new CloneResource { Id = id, Managed = true, Children = [.. instances] });
        return this;
    }

    public SnapshotBuilder Failure(string resource, string node, string task, long intervalMs)
    {
        _failures.Add(new FailedAction
        {
            OpKey = $"{resource}_{task}_{intervalMs}", Node = node, Task = task,
            Interval = CrmDuration.Parse(intervalMs.ToString()), ExitStatus = "error", ExitCode = 1, Status = "complete",
        });
        return this;
    }

    public SnapshotBuilder Ticket(string id, bool granted)
    {
        _tickets.Add(new Ticket { Id = id, Status = granted ? "granted" : "revoked" });
        return this;
    }

    public SnapshotBuilder Banned(string resource, string node)
    {
        _bans.Add(new Ban { Id = $"cli-ban-{resource}-on-{node}", Resource = resource, Node = node, Weight = -1_000_000 });
        return this;
    }

    public SnapshotBuilder MaintenanceMode()
    {
        _maintenanceMode = true;
        return this;
    }

    public ClusterSnapshot Build() => new()
    {
        Summary = new ClusterSummary { Options = new ClusterOptions { MaintenanceMode = _maintenanceMode, StonithEnabled = true } },
        Nodes = [.. _nodes],
        Resources = [.. _resources],
        Failures = [.. _failures],
        Tickets = [.. _tickets],
        Bans = [.. _bans],
        Status = new ResultStatus { Code = 0, Message = "OK" },
    };

    public static PrimitiveResource MakePrimitive(string id, string? on, string? targetRole = null, bool managed = true, string agent = "ocf:pacemaker:Dummy") => new()
    {
        Id = id,
        Agent = agent,
        Role = on is null ? ResourceRole.Stopped : ResourceRole.Started,
        RoleText = on is null ? "Stopped" : "Started",
        Active = on is not null,
        Managed = managed,
        TargetRole = targetRole,
        NodesRunningOn = on is null ? 0 : 1,
        Nodes = on is null ? ImmutableArray<ResourceNode>.Empty : [new ResourceNode { Name = on, Id = "1" }],
    };

    /// <summary>Two online nodes, a fence device, vip on n1, a stopped db, a web group on n2,
    /// a promotable clone promoted on n1, a ticket.</summary>
    public static SnapshotBuilder TwoNodes() => new SnapshotBuilder()
        .Node("n1").Node("n2")
        .FenceDevice("fence1", "n2")
        .Primitive("vip", on: "n1")
        .Primitive("db", targetRole: "Stopped")
        .Group("web", MakePrimitive("web-ip", "n2"), MakePrimitive("web-server", "n2"))
        .PromotableClone("state-clone", "state", "n1", "n2")
        .Ticket("ticketA", granted: true);
}
