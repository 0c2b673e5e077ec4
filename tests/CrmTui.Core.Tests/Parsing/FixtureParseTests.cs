using CrmTui.Core.Model;
using CrmTui.Core.Parsing;
using CrmTui.Core.Tests.Support;

namespace CrmTui.Core.Tests.Parsing;

/// <summary>Whole-record expectations on the hand-written fixtures (no corpus needed).</summary>
public sealed class FixtureParseTests
{
    private static ClusterSnapshot Load(string name) => CrmMonXmlParser.Parse(Corpus.Fixture(name));

    private static CrmTime T(string raw) => CrmTime.Parse(raw);

    private static CrmDuration D(string raw) => CrmDuration.Parse(raw);

    [Fact]
    public void A_healthy_two_node_cluster_reads_into_complete_records()
    {
        var snapshot = Load("two-node-ok.xml");

        Assert.Equal("2.25", snapshot.ApiVersion);
        Assert.Equal("crm_mon --output-as=xml", snapshot.Request);
        Assert.False(snapshot.HasErrors);
        Assert.False(snapshot.IsRefusal);
        Assert.Equal(["summary", "nodes", "resources", "node_history", "status"], snapshot.Sections.Select(s => s.Name));
        ModelAssert.Equal(
            new ClusterSummary
            {
                Stack = new ClusterStack { Type = "corosync" },
                CurrentDc = new CurrentDc { Present = true, Version = "2.1.5-test", Name = "alpha", Id = "1", WithQuorum = true, MixedVersion = false },
                LastUpdate = new LastUpdate { Time = T("Mon Mar  2 09:05:07 2026") },
                LastChange = new LastChange { Time = T("Mon Mar  2 09:00:01 2026"), User = "root", Client = "cibadmin", Origin = "alpha" },
                NodesConfigured = new NodesConfigured { Number = 2 },
                ResourcesConfigured = new ResourcesConfigured { Number = 2, Disabled = 0, Blocked = 0 },
                Options = new ClusterOptions
                {
                    StonithEnabled = true, SymmetricCluster = true, NoQuorumPolicy = "stop", MaintenanceMode = false,
                    StopAllResources = false, StonithTimeoutMs = 60000, PriorityFencingDelayMs = 0,
                },
            },
            snapshot.Summary);
        ModelAssert.Equal(
            new ClusterNode
            {
                Name = "bravo", Id = "2", Online = true, Health = "green", FeatureSet = "3.16.1", ExpectedUp = true,
                ResourcesRunning = 1, Type = NodeType.Member, TypeText = "member",
            },
            snapshot.FindNode("bravo"));
        ModelAssert.Equal<ResourceItem>(
            new PrimitiveResource
            {
                Id = "web-ip", Agent = "ocf:heartbeat:IPaddr2", Role = ResourceRole.Started, RoleText = "Started", Active = true,
                Blocked = false, Managed = true, NodesRunningOn = 1, Nodes = [new ResourceNode { Name = "bravo", Id = "2", Cached = true }],
            },
            snapshot.Resources[1]);
        ModelAssert.Equal(
            new NodeHistory
            {
                Node = "bravo",
                Resources =
                [
                    new ResourceHistory
                    {
                        Id = "web-ip", Orphan = false, MigrationThreshold = 1000000,
                        Operations =
                        [
                            new OperationRecord
                            {
                                Call = 9, Task = "start", Rc = 0, RcText = "ok", LastRcChange = T("Mon Mar  2 09:00:04 2026"),
                                ExecTime = D("88ms"), QueueTime = D("0ms"),
                            },
                        ],
                    },
                ],
            },
            snapshot.NodeHistory[1]);
        ModelAssert.Equal(new ResultStatus { Code = 0, Message = "OK" }, snapshot.Status);
        Assert.Equal("alpha", snapshot.DcName);
        Assert.True(snapshot.Summary!.HasQuorum);
    }

    [Fact]
    public void Failures_read_whole_including_one_without_queued_and_exec()
    {
        var snapshot = Load("failed-action.xml");

        ModelAssert.Equal(
            [
                new FailedAction
                {
                    OpKey = "db_monitor_10000", Node = "bravo", ExitStatus = "not running", ExitReason = "none", ExitCode = 7, Call = 14,
                    Status = "complete", LastRcChange = T("2026-03-03 09:59:10Z"), Queued = D("0"), Exec = D("850"),
                    Interval = D("10000"), Task = "monitor",
                },
                new FailedAction
                {
                    Id = "db_migrate_to_0", Node = "alpha", ExitStatus = "error", ExitReason = "", ExitCode = 1, Call = 9,
                    Status = "Timed Out", LastRcChange = T("2026-03-03 09:40:00Z"), Interval = D("0"), Task = "migrate_to",
                },
            ],
            snapshot.Failures);
        Assert.Equal(["db", "db"], snapshot.Failures.Select(f => f.Resource));
        Assert.Equal(TimeSpan.FromMilliseconds(850), snapshot.Failures[0].Exec!.Value.Value);

        var history = snapshot.NodeHistory.Single().Resources.Single();
        Assert.Equal("2", history.FailCount);
        Assert.Equal(2, history.FailCountValue);
        Assert.Equal(3, history.MigrationThreshold);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 59, 10, TimeSpan.Zero), history.LastFailure!.Value.Value);
        Assert.Equal("started", ((PrimitiveResource)snapshot.Resources[0]).TargetRole);
        Assert.True(((PrimitiveResource)snapshot.Resources[0]).Failed);
    }

    [Fact]
    public void Standby_maintenance_unclean_and_pending_nodes_keep_every_flag()
    {
        var snapshot = Load("standby-maintenance.xml");

        ModelAssert.Equal(
            [
                new ClusterNode
                {
                    Name = "alpha", Id = "1", Online = true, Standby = true, Health = "green", FeatureSet = "<3.15.1",
                    ExpectedUp = true, Type = NodeType.Member, TypeText = "member",
                },
                new ClusterNode
                {
                    Name = "bravo", Id = "2", Online = true, Maintenance = true, Health = "green", ExpectedUp = true,
                    ResourcesRunning = 1, Type = NodeType.Member, TypeText = "member",
                },
                new ClusterNode { Name = "charlie", Id = "3", Unclean = true, Health = "red", Type = NodeType.Member, TypeText = "member" },
                new ClusterNode
                {
                    Name = "delta", Id = "delta", Pending = true, Shutdown = true, Health = "green", Type = NodeType.Remote, TypeText = "remote",
                },
            ],
            snapshot.Nodes);
        ModelAssert.Equal(new CurrentDc { Present = false }, snapshot.Summary!.CurrentDc);
        Assert.Null(snapshot.DcName);
        Assert.True(snapshot.Summary.Options!.MaintenanceMode);
        Assert.Equal(TimeSpan.FromSeconds(15), snapshot.Summary.Options.PriorityFencingDelay);

        var group = Assert.IsType<GroupResource>(snapshot.Resources[0]);
        Assert.True(group.Disabled);
        Assert.False(group.Managed);
        ModelAssert.Equal<ResourceItem>(
            new PrimitiveResource
            {
                Id = "app-svc", Agent = "systemd:app", Role = ResourceRole.Stopped, RoleText = "Stopped", Blocked = false,
                Managed = false, FailureIgnored = true, Pending = "Monitoring", LockedTo = "bravo",
            },
            group.Children[1]);
        Assert.True(((PrimitiveResource)snapshot.Resources[1]).Orphaned);

        ModelAssert.Equal(
            [
                new NodeAttribute { Node = "alpha", Name = "pingd", Value = "100", Expected = "100" },
                new NodeAttribute { Node = "alpha", Name = "site", Value = "north" },
            ],
            snapshot.AllNodeAttributes());
        Assert.Empty(snapshot.NodeAttributes[1].Attributes);
        Assert.True(snapshot.HasSection("node_history"));
        Assert.Empty(snapshot.NodeHistory);
        ModelAssert.Equal(
            new Ban { Id = "avoid-bravo", Resource = "old-thing", Node = "bravo", Weight = -10000, PromotedOnly = false, MasterOnly = false },
            snapshot.Bans[1]);
        Assert.True(snapshot.Bans[0].IsInfinite);
        Assert.False(snapshot.Bans[1].IsInfinite);
    }

    [Fact]
    public void Promotable_and_unique_clones_list_every_instance_with_its_parents()
    {
        var snapshot = Load("promotable-clone.xml");

        var clone = Assert.IsType<CloneResource>(snapshot.Resources[0]);
        Assert.True(clone.Promotable);
        Assert.Equal("Promoted", clone.TargetRole);
        var primitives = snapshot.AllPrimitives().ToList();
        Assert.Equal(7, primitives.Count);
        Assert.Equal(
            ["db/Promoted/alpha", "db/Unpromoted/bravo", "db/Stopped/-", "web-ip:0/Started/alpha", "web-srv:0/Starting/alpha", "web-ip:1/Stopped/-", "web-srv:1/Stopped/-"],
            primitives.Select(p => $"{p.Resource.Id}/{p.Resource.Role}/{p.Resource.NodeName ?? "-"}"));
        Assert.Same(clone, primitives[0].ParentClone);
        Assert.Null(primitives[0].ParentGroup);
        Assert.Equal("web:1", primitives[6].ParentGroup!.Id);
        Assert.Equal("web-clone", primitives[6].ParentClone!.Id);
        Assert.Equal("web-clone", primitives[6].Root.Id);
        Assert.Equal("web-srv", primitives[6].Resource.BaseId);
        Assert.True(((CloneResource)snapshot.Resources[1]).Unique);
        Assert.Equal(
            ["db-clone", "db", "db", "db", "web-clone", "web:0", "web-ip:0", "web-srv:0", "web:1", "web-ip:1", "web-srv:1"],
            snapshot.AllResourceItems().Select(i => i.Id));

        ModelAssert.Equal(
            [
                new Ticket { Id = "ticket-east", Status = "granted", Standby = false },
                new Ticket { Id = "ticket-west", Status = "revoked", Standby = true, LastGranted = T("1772704800") },
            ],
            snapshot.Tickets);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772704800), snapshot.Tickets[1].LastGranted!.Value.Value);
        Assert.Equal("", snapshot.Summary!.CurrentDc!.Version);
        Assert.False(snapshot.Summary.HasQuorum);
    }

    [Fact]
    public void Bundle_replicas_name_their_ip_primitive_container_and_remote_connection()
    {
        var snapshot = Load("bundle.xml");

        var bundle = Assert.IsType<BundleResource>(snapshot.Resources.Single());
        Assert.Equal(("podman", "localhost/cache:1", false), (bundle.Type, bundle.Image, bundle.Unique));
        var full = Assert.IsType<BundleReplica>(bundle.Replicas[0]);
        Assert.Equal("cache-bundle-ip-10.0.0.10", full.IpAddress?.Id);
        Assert.Equal("cache", full.Primitive?.Id);
        Assert.Equal(ResourceRole.Promoted, full.Primitive?.Role);
        Assert.Equal("cache-bundle-podman-0", full.Container?.Id);
        Assert.Equal("cache-bundle-0", full.RemoteConnection?.Id);

        var bare = Assert.IsType<BundleReplica>(bundle.Replicas[1]);
        Assert.Equal("1", bare.Id);
        Assert.Null(bare.IpAddress);
        Assert.Null(bare.RemoteConnection);
        Assert.Equal("cache", bare.Primitive?.Id);
        Assert.Equal("cache-bundle-podman-1", bare.Container?.Id);

        Assert.Equal(6, snapshot.AllPrimitives().Count());
        Assert.All(snapshot.AllPrimitives(), p => Assert.Same(bundle, p.ParentBundle));
        var guest = snapshot.FindNode("cache-bundle-0")!;
        Assert.True(guest.IsGuest);
        Assert.Equal(NodeType.Remote, guest.Type);
        Assert.Equal("cache-bundle-podman-0", guest.IdAsResource);
    }

    [Fact]
    public void Fence_history_and_pacemakerd_state_read_whole()
    {
        var snapshot = Load("fence-history.xml");

        ModelAssert.Equal(
            new PacemakerdState { SysFrom = "pacemakerd", State = "running", LastUpdated = T("2026-03-07 14:00:00Z") },
            snapshot.Pacemakerd);
        Assert.True(snapshot.Pacemakerd!.IsRunning);
        ModelAssert.Equal(
            [
                new FenceEvent { Action = "reboot", Target = "bravo", Client = "pacemaker-controld.812", Origin = "alpha", Status = "pending" },
                new FenceEvent
                {
                    Action = "off", Target = "bravo", Client = "stonith_admin.4242", Origin = "alpha", Status = "failed",
                    ExtendedStatus = "No fence device", ExitReason = "no device could fence bravo", Delegate = "alpha",
                    Completed = T("2026-03-07 13:55:01Z"),
                },
                new FenceEvent
                {
                    Action = "reboot", Target = "bravo", Client = "pacemaker-controld.812", Origin = "alpha", Status = "success",
                    Delegate = "alpha", Completed = T("2026-03-07 13:51:30Z"),
                },
            ],
            snapshot.FenceHistory);
        Assert.Equal([true, false, false], snapshot.FenceHistory.Select(f => f.IsPending));
        Assert.True(snapshot.FenceHistory[1].IsFailed);
        Assert.True(snapshot.FenceHistory[2].Succeeded);
        Assert.Equal("0", snapshot.Sections.Single(s => s.Name == "fence_history").Extra["status"]);
    }

    [Fact]
    public void A_refusal_parses_into_an_error_snapshot()
    {
        var snapshot = Load("refusal.xml");

        Assert.True(snapshot.IsRefusal);
        Assert.True(snapshot.HasErrors);
        Assert.Null(snapshot.Summary);
        Assert.Empty(snapshot.Nodes);
        ModelAssert.Equal(
            new ResultStatus { Code = 0, Message = "OK", Errors = ["Could not connect to the CIB: Transport endpoint is not connected"] },
            snapshot.Status);
        Assert.Equal("Could not connect to the CIB: Transport endpoint is not connected", snapshot.ErrorMessage);
    }

    [Fact]
    public void Resources_grouped_by_node_stay_with_the_node_and_do_not_count_twice()
    {
        var snapshot = Load("group-by-node.xml");

        var node = snapshot.Nodes.Single();
        Assert.Equal(["primitive", "group"], node.Resources.Select(r => r.Kind));
        Assert.Equal("two", node.Resources[1].ChildItems.Single().Id);
        Assert.Equal(["one", "two"], snapshot.AllPrimitives().Select(p => p.Resource.Id));
    }
}
