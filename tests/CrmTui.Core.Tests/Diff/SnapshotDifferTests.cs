using CrmTui.Core.Diff;
using CrmTui.Core.Model;
using static CrmTui.Core.Tests.Diff.Snap;

namespace CrmTui.Core.Tests.Diff;

/// <summary>The differ on hand-built snapshots: no noise, and every event kind with its text.</summary>
public sealed class SnapshotDifferTests
{
    private static readonly DateTimeOffset _at = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);
    private static readonly NodeFlags _online = new(true, false, false, false, false, false, false);

    [Fact]
    public void Identical_snapshots_produce_no_events()
    {
        Assert.Empty(SnapshotDiffer.Diff(Healthy(), Healthy(), _at));
        var same = Healthy();
        Assert.Empty(SnapshotDiffer.Diff(same, same, _at));
        Assert.Empty(SnapshotDiffer.Diff(new ClusterSnapshot(), new ClusterSnapshot(), _at));
    }

    [Fact]
    public void Only_volatile_fields_differ_so_there_are_no_events()
    {
        // Given a second poll where only times, durations, call ids of operations, derived
        // counts and the order and numbering of anonymous clone instances changed
        var before = Healthy() with { Failures = [Failure("dummy1_monitor_10000", "node1", 7)] };
        var after = before with
        {
            Summary = before.Summary! with
            {
                LastUpdate = new LastUpdate { Time = CrmTime.Parse("Sun Nov 22 05:00:05 2026") },
                LastChange = new LastChange { Time = CrmTime.Parse("Sun Nov 22 05:00:04 2026"), User = "hacluster", Client = "crmd", Origin = "node2" },
            },
            Pacemakerd = before.Pacemakerd! with { LastUpdated = CrmTime.Parse("2026-11-22 05:00:05Z") },
            Nodes = [.. before.Nodes.Select(n => n with { ResourcesRunning = n.ResourcesRunning + 1 })],
            Resources =
            [
                Primitive("dummy1", "node1") with { Nodes = [new ResourceNode { Name = "node1", Id = "node1", Cached = false }] },
                Clone("ping-clone", Primitive("ping:2", "node3"), Primitive("ping:0", "node1"), Primitive("ping:1", "node2")),
                before.Resources[2],
            ],
            NodeHistory =
            [
                History("node1", Resource("dummy1", Op(2, "start"), Op(9, "monitor", 10000) with
                {
                    LastRcChange = CrmTime.Parse("Sun Nov 22 05:00:03 2026"),
                    LastRun = CrmTime.Parse("Sun Nov 22 05:00:03 2026"),
                    ExecTime = new CrmDuration("40ms", TimeSpan.FromMilliseconds(40)),
                    QueueTime = new CrmDuration("3ms", TimeSpan.FromMilliseconds(3)),
                })),
                History("node2"),
                History("node3"),
            ],
            Failures = [Failure("dummy1_monitor_10000", "node1", 7) with
            {
                LastRcChange = CrmTime.Parse("2026-11-22 05:00:01Z"),
                Exec = new CrmDuration("9", TimeSpan.FromMilliseconds(9)),
                Queued = new CrmDuration("1", TimeSpan.FromMilliseconds(1)),
            }],
        };

        Assert.Empty(SnapshotDiffer.Diff(before, after, _at));
    }

    [Fact]
    public void A_refusal_on_either_side_produces_no_events()
    {
        var refusal = new ClusterSnapshot { Status = new ResultStatus { Code = 0, Message = "OK", Errors = ["crm_mon: Error: cluster is not available on this node"] } };

        Assert.True(refusal.IsRefusal);
        Assert.Empty(SnapshotDiffer.Diff(Healthy(), refusal, _at));
        Assert.Empty(SnapshotDiffer.Diff(refusal, Healthy(), _at));
    }

    [Fact]
    public void Every_event_carries_the_time_the_caller_gave()
    {
        var after = Healthy().WithNode("node2", n => n with { Standby = true });

        var stamped = Assert.Single(SnapshotDiffer.Diff(Healthy(), after, _at));
        var unstamped = Assert.Single(SnapshotDiffer.Diff(Healthy(), after));

        Assert.Equal(_at, stamped.At);
        Assert.Equal(default, unstamped.At);
    }

    [Fact]
    public void Standby_reads_as_online_to_standby()
    {
        var e = Single(Healthy(), Healthy().WithNode("node2", n => n with { Standby = true }));

        Assert.Equal(new NodeStateChanged("node2", _online, _online with { Standby = true }) { At = _at }, e);
        Assert.Equal(EventKind.NodeStateChanged, e.Kind);
        Assert.Equal(EventSubject.Node, e.SubjectKind);
        Assert.Equal("node2", e.Subject);
        Assert.Equal("node2: online → standby", e.Describe());
    }

    [Theory]
    [InlineData("maintenance", "node3: online → maintenance")]
    [InlineData("pending", "node3: online → pending")]
    [InlineData("shutdown", "node3: online → shutting down")]
    [InlineData("standby_onfail", "node3: online → standby (on-fail)")]
    [InlineData("unclean_offline", "node3: online → offline, unclean")]
    [InlineData("unclean_online", "node3: online → online, unclean")]
    [InlineData("offline", "node3: online → offline")]
    public void Each_node_state_change_is_one_event_with_both_states(string change, string text)
    {
        var after = Healthy().WithNode("node3", n => change switch
        {
            "maintenance" => n with { Maintenance = true },
            "pending" => n with { Pending = true },
            "shutdown" => n with { Shutdown = true },
            "standby_onfail" => n with { Standby = true, StandbyOnFail = true },
            "unclean_offline" => n with { Online = false, Unclean = true },
            "unclean_online" => n with { Unclean = true },
            _ => n with { Online = false },
        });

        var e = Assert.IsType<NodeStateChanged>(Single(Healthy(), after));

        Assert.Equal(text, e.Describe());
        Assert.Equal(NodeFlags.Of(after.FindNode("node3")!), e.To);
    }

    [Fact]
    public void Nodes_added_and_removed()
    {
        var after = Healthy() with { Nodes = [Node("node1", 1), Node("node2", 2), Node("node4", 4) with { Online = false }] };

        Assert.Equal(
            ["node3: removed", "node4: added (offline)"],
            Describe(Healthy(), after));
        Assert.Equal([EventKind.NodeRemoved, EventKind.NodeAdded], SnapshotDiffer.Diff(Healthy(), after, _at).Select(e => e.Kind));
    }

    [Fact]
    public void A_new_dc_and_a_lost_dc()
    {
        var before = Healthy();
        var moved = before with { Summary = before.Summary! with { CurrentDc = before.Summary.CurrentDc! with { Name = "node2", Id = "2" } } };
        var none = before with { Summary = before.Summary! with { CurrentDc = new CurrentDc { Present = false } } };

        Assert.Equal(new DcChanged("node1", "node2") { At = _at }, Single(before, moved));
        Assert.Equal("DC: node1 → node2", Single(before, moved).Describe());

        // Without a DC nothing is known about quorum, so only the DC event fires
        Assert.Equal("DC: node1 → none", Single(before, none).Describe());
    }

    [Fact]
    public void Quorum_lost_and_gained()
    {
        var before = Healthy();
        var lost = before with { Summary = before.Summary! with { CurrentDc = before.Summary.CurrentDc! with { WithQuorum = false } } };

        Assert.IsType<QuorumLost>(Single(before, lost));
        Assert.IsType<QuorumGained>(Single(lost, before));
        Assert.Equal("cluster: quorum lost", Single(before, lost).Describe());
    }

    [Fact]
    public void Cluster_options_each_give_one_event()
    {
        var before = Healthy();
        var after = before with
        {
            Summary = before.Summary! with
            {
                Options = before.Summary.Options! with { StonithEnabled = false, StopAllResources = true, NoQuorumPolicy = "freeze", PriorityFencingDelayMs = 5000 },
            },
        };

        Assert.Equal(
            [
                "cluster: no-quorum-policy stop → freeze",
                "cluster: priority-fencing-delay-ms 0 → 5000",
                "cluster: stonith-enabled true → false",
                "cluster: stop-all-resources false → true",
            ],
            Describe(before, after));
    }

    [Fact]
    public void Pacemakerd_state_change_and_its_absence()
    {
        var before = Healthy();
        var stopping = before with { Pacemakerd = before.Pacemakerd! with { State = "shutting_down" } };

        Assert.Equal(new PacemakerdStateChanged("running", "shutting_down") { At = _at }, Single(before, stopping));
        Assert.Equal("pacemakerd: running → shutting_down", Single(before, stopping).Describe());

        // CIB_file runs carry no pacemakerd element: absent is not a change
        Assert.Empty(SnapshotDiffer.Diff(before, before with { Pacemakerd = null }, _at));
    }

    [Fact]
    public void A_primitive_moves_starts_and_stops()
    {
        var before = Healthy();

        Assert.Equal(["dummy1 moved node1 → node2"], Describe(before, before.WithResource(Primitive("dummy1", "node2"))));
        Assert.Equal(["dummy1 stopped on node1"], Describe(before, before.WithResource(Primitive("dummy1", null))));
        Assert.Equal(["dummy1 started on node1"], Describe(before.WithResource(Primitive("dummy1", null)), before));

        // A resource added to the configuration already running is a start; a deleted one a stop
        var added = before with { Resources = [.. before.Resources, Primitive("dummy9", "node3")] };
        Assert.Equal(new ResourceStarted("dummy9", null, "node3", "Started") { At = _at }, Single(before, added));
        Assert.Equal(new ResourceStopped("dummy9", null, "node3", "Started") { At = _at }, Single(added, before));
    }

    [Fact]
    public void An_anonymous_clone_instance_moving_is_a_stop_and_a_start_not_a_move()
    {
        // Given ping running on node1 and node2 only
        var before = Healthy().WithResource(Clone("ping-clone", Primitive("ping", "node1"), Primitive("ping", "node2"), Primitive("ping", null)));

        // When the instance on node2 goes to node3 (instances are interchangeable)
        var after = Healthy().WithResource(Clone("ping-clone", Primitive("ping", "node1"), Primitive("ping", null), Primitive("ping", "node3")));

        Assert.Equal<ClusterEvent>(
            [
                new ResourceStopped("ping", "ping-clone", "node2", "Started") { At = _at },
                new ResourceStarted("ping", "ping-clone", "node3", "Started") { At = _at },
            ],
            SnapshotDiffer.Diff(before, after, _at));
        Assert.Equal(["ping-clone/ping stopped on node2", "ping-clone/ping started on node3"], Describe(before, after));
    }

    [Fact]
    public void A_unique_clone_instance_has_its_own_id_and_does_move()
    {
        var unique = Clone("u-clone", Primitive("u:0", "node1"), Primitive("u:1", "node2")) with { Unique = true };
        var before = Healthy() with { Resources = [unique] };
        var after = Healthy() with { Resources = [unique with { Children = [Primitive("u:0", "node1"), Primitive("u:1", "node3")] }] };

        Assert.Equal(new ResourceMoved("u:1", "u-clone", "node2", "node3", "Started") { At = _at }, Single(before, after));
        Assert.Equal("u-clone/u:1 moved node2 → node3", Single(before, after).Describe());
    }

    [Fact]
    public void Promotion_demotion_and_other_role_changes()
    {
        var before = Healthy();
        var swapped = before.WithResource(Clone("ms1", promotable: true,
            Primitive("state1", "node1", ResourceRole.Unpromoted),
            Primitive("state1", "node2", ResourceRole.Promoted),
            Primitive("state1", "node3", ResourceRole.Unpromoted)));
        var stopping = before.WithResource(Primitive("dummy1", "node1", ResourceRole.Stopping));

        Assert.Equal(["ms1/state1 promoted on node2", "ms1/state1 demoted on node1"], Describe(before, swapped));
        Assert.Equal(new ResourceRoleChanged("dummy1", null, "node1", "Started", "Stopping") { At = _at }, Single(before, stopping));
        Assert.Equal("dummy1 on node1: Started → Stopping", Single(before, stopping).Describe());
    }

    [Fact]
    public void A_primitive_marked_failed_then_recovered()
    {
        var before = Healthy();
        var failed = before.WithResource(Primitive("dummy1", "node1") with { Failed = true });

        Assert.Equal(new ResourceFailed("dummy1", null, "node1") { At = _at }, Single(before, failed));
        Assert.Equal(new ResourceRecovered("dummy1", null, "node1") { At = _at }, Single(failed, before));
        Assert.Equal("dummy1 failed on node1", Single(before, failed).Describe());
    }

    [Fact]
    public void An_unmanaged_clone_is_reported_once_not_per_instance()
    {
        var before = Healthy();
        var clone = (CloneResource)before.Resources[1];
        var unmanaged = before.WithResource(clone with
        {
            Managed = false,
            Children = [.. clone.Children.Cast<PrimitiveResource>().Select(p => p with { Managed = false })],
        });

        Assert.Equal(new ResourceManagedChanged("ping-clone", false) { At = _at }, Single(before, unmanaged));
        Assert.Equal("ping-clone: managed → unmanaged", Single(before, unmanaged).Describe());
        Assert.Equal("ping-clone: unmanaged → managed", Single(unmanaged, before).Describe());
    }

    [Fact]
    public void Target_role_changes_ignore_case()
    {
        var before = Healthy().WithResource(Primitive("dummy1", "node1") with { TargetRole = "Started" });
        var lower = Healthy().WithResource(Primitive("dummy1", "node1") with { TargetRole = "started" });
        var stopped = Healthy().WithResource(Primitive("dummy1", "node1") with { TargetRole = "Stopped" });

        Assert.Empty(SnapshotDiffer.Diff(before, lower, _at));
        Assert.Equal("dummy1: target-role Started → Stopped", Single(before, stopped).Describe());
        Assert.Equal("dummy1: target-role (unset) → Started", Single(Healthy(), before).Describe());
    }

    [Fact]
    public void Failures_appear_recur_and_clear()
    {
        var before = Healthy();
        var failed = before with { Failures = [Failure("dummy1_monitor_10000", "node1", 7)] };
        var again = before with { Failures = [Failure("dummy1_monitor_10000", "node1", 12)] };

        Assert.Equal(
            new FailureAppeared("dummy1", "node1", "monitor", "dummy1_monitor_10000", "not running", "none", 7) { At = _at },
            Single(before, failed));
        Assert.Equal("dummy1 monitor failed on node1 (not running)", Single(before, failed).Describe());

        // The same operation failing again (a new call) is a new failure, not a clear plus a failure
        Assert.Equal(12, Assert.IsType<FailureAppeared>(Single(failed, again)).Call);

        Assert.Equal(new FailureCleared("dummy1", "node1", "monitor", "dummy1_monitor_10000") { At = _at }, Single(failed, before));
        Assert.Equal("dummy1 monitor failure on node1 cleared", Single(failed, before).Describe());
    }

    [Fact]
    public void A_failure_without_task_takes_it_from_the_operation_key()
    {
        var failed = Healthy() with { Failures = [Failure("my_rsc_start_0", "node2", 3) with { Task = null, ExitStatus = "error" }] };

        Assert.Equal("my_rsc start failed on node2 (error)", Single(Healthy(), failed).Describe());
    }

    [Fact]
    public void Fail_count_up_and_reset()
    {
        static ClusterSnapshot WithCount(string? count) => Healthy() with
        {
            NodeHistory = [History("node1", Resource("dummy1", Op(2, "start")) with { FailCount = count }), History("node2"), History("node3")],
        };

        Assert.Equal(new FailCountUp("dummy1", "node1", "1", "2") { At = _at }, Single(WithCount("1"), WithCount("2")));
        Assert.Equal("fail-count of dummy1 on node1 up 1 → 2", Single(WithCount("1"), WithCount("2")).Describe());
        Assert.Equal("fail-count of dummy1 on node1 up 0 → 1", Single(WithCount(null), WithCount("1")).Describe());
        Assert.Equal("fail-count of dummy1 on node1 up 2 → INFINITY", Single(WithCount("2"), WithCount("INFINITY")).Describe());
        Assert.Equal(new FailCountReset("dummy1", "node1", "2", "0") { At = _at }, Single(WithCount("2"), WithCount(null)));
        Assert.Equal("fail-count of dummy1 on node1 reset 2 → 0", Single(WithCount("2"), WithCount(null)).Describe());
    }

    [Fact]
    public void A_node_whose_history_vanished_does_not_reset_its_fail_counts()
    {
        var before = Healthy() with { NodeHistory = [History("node1", Resource("dummy1") with { FailCount = "3" })] };
        var after = Healthy() with { NodeHistory = [] };

        Assert.Empty(SnapshotDiffer.Diff(before, after, _at));
    }

    [Fact]
    public void Node_attributes_added_changed_and_removed()
    {
        static ClusterSnapshot With(params (string Node, string Name, string Value)[] attributes) => Healthy() with
        {
            NodeAttributes =
            [
                .. attributes.GroupBy(a => a.Node).Select(g => new NodeAttributeSet
                {
                    Node = g.Key,
                    Attributes = [.. g.Select(a => new NodeAttribute { Node = a.Node, Name = a.Name, Value = a.Value })],
                }),
            ],
        };

        var before = With(("node1", "pingd", "100"), ("node2", "site", "east"));
        var after = With(("node1", "pingd", "0"), ("node3", "site", "west"));

        Assert.Equal(
            ["node1: attribute pingd 100 → 0", "node2: attribute site removed (was east)", "node3: attribute site = west"],
            Describe(before, after));
    }

    [Fact]
    public void Bans_added_and_removed()
    {
        var ban = new Ban { Id = "cli-ban-dummy1-on-node1", Resource = "dummy1", Node = "node1", Weight = -1_000_000 };
        var promoted = new Ban { Id = "loc-ms1", Resource = "ms1", Node = "node3", Weight = -100, PromotedOnly = true };
        var before = Healthy();
        var after = Healthy() with { Bans = [ban, promoted] };

        Assert.Equal(
            ["dummy1 banned from node1 [cli-ban-dummy1-on-node1, -INFINITY]", "ms1 banned from node3 (promoted role) [loc-ms1, -100]"],
            Describe(before, after));
        Assert.Equal(new BanRemoved(ban.Id, "dummy1", "node1", -1_000_000, false) { At = _at }, Single(after with { Bans = [ban] }, before));
        Assert.Equal("dummy1 no longer banned from node1 [cli-ban-dummy1-on-node1, -INFINITY]", Single(after with { Bans = [ban] }, before).Describe());
    }

    [Fact]
    public void Tickets_granted_revoked_and_standby()
    {
        var none = Healthy();
        var granted = none with { Tickets = [new Ticket { Id = "t1", Status = "granted", Standby = false }] };
        var standby = none with { Tickets = [new Ticket { Id = "t1", Status = "granted", Standby = true }] };
        var revoked = none with { Tickets = [new Ticket { Id = "t1", Status = "revoked", Standby = false }] };

        Assert.Equal(new TicketGranted("t1") { At = _at }, Single(none, granted));
        Assert.Equal("ticket t1 in standby", Single(granted, standby).Describe());
        Assert.Equal(["ticket t1 revoked", "ticket t1 out of standby"], Describe(standby, revoked));

        // A revoked ticket appearing is not news; a granted one disappearing is a revocation
        Assert.Empty(SnapshotDiffer.Diff(none, revoked, _at));
        Assert.IsType<TicketRevoked>(Single(granted, none));
    }

    [Fact]
    public void New_fence_history_entries_are_reported_once_each()
    {
        var pending = new FenceEvent { Action = "reboot", Target = "node3", Client = "pacemaker-controld.1", Origin = "node1", Status = "pending" };
        var done = pending with { Status = "success", Delegate = "node2", Completed = CrmTime.Parse("2026-11-22 05:01:00Z") };
        var before = Healthy();
        var requested = before with { FenceHistory = [pending] };
        var completed = before with { FenceHistory = [done] };

        Assert.Equal("node3: fence reboot pending (requested by node1)", Single(before, requested).Describe());
        Assert.Equal(
            new FenceEventRecorded("node3", "reboot", "success", "2026-11-22 05:01:00Z", "node1", "node2", null) { At = _at },
            Single(requested, completed));
        Assert.Equal("node3: fence reboot success by node2 (requested by node1)", Single(requested, completed).Describe());

        // The same history polled again, or an entry dropping out of it, is not news
        Assert.Empty(SnapshotDiffer.Diff(completed, completed with { FenceHistory = [done, done] }, _at));
        Assert.Empty(SnapshotDiffer.Diff(completed, before, _at));
    }

    [Fact]
    public void A_node_fenced_and_back_within_one_poll_reads_fenced_first_and_one_lost_and_fenced_reads_the_loss_first()
    {
        var pending = new FenceEvent { Action = "reboot", Target = "node3", Client = "pacemaker-controld.1", Origin = "node1", Status = "pending" };
        var done = pending with { Status = "success", Delegate = "node2", Completed = CrmTime.Parse("2026-11-22 05:01:00Z") };
        var healthy = Healthy();
        ClusterSnapshot WithNode3(Func<ClusterNode, ClusterNode> change, params FenceEvent[] fencing) => healthy with
        {
            Nodes = [.. healthy.Nodes.Select(n => n.Name == "node3" ? change(n) : n)],
            FenceHistory = [.. fencing],
        };
        var unclean = WithNode3(n => n with { Online = false, Unclean = true }, pending);
        var back = WithNode3(n => n, done) with
        {
            NodeAttributes = [new NodeAttributeSet { Node = "node3", Attributes = [new NodeAttribute { Node = "node3", Name = "master-state1", Value = "5" }] }],
        };
        var lostAndFenced = WithNode3(n => n with { Online = false }, done);

        // The fence completed and the node rejoined between two polls: the fence, then its return
        // (and what came with it), as they happened, whatever the kinds' order
        Assert.Equal(
            ["node3: fence reboot success by node2 (requested by node1)", "node3: offline, unclean → online",
             "node3: attribute master-state1 = 5"],
            Describe(unclean, back));

        // Lost and fenced between two polls: the loss, then the fence
        Assert.Equal(["node3: online → offline", "node3: fence reboot success by node2 (requested by node1)"], Describe(healthy, lostAndFenced));
    }

    [Fact]
    public void Events_are_sorted_the_same_whatever_the_input_order()
    {
        // Given many changes at once
        var before = Healthy();
        var after = before
            .WithNode("node2", n => n with { Standby = true })
            .WithResource(Primitive("dummy1", "node3"))
            .WithResource(Clone("ping-clone", Primitive("ping", "node1"), Primitive("ping", null), Primitive("ping", "node3")))
            with
            { Tickets = [new Ticket { Id = "t1", Status = "granted" }], Failures = [Failure("dummy1_monitor_10000", "node1", 4)] };
        var shuffled = after with { Nodes = [.. after.Nodes.Reverse()], Resources = [.. after.Resources.Reverse()] };

        var events = Describe(before, after);

        Assert.Equal(Describe(before, shuffled), events);
        Assert.Equal(
            [
                "node2: online → standby",
                "dummy1 moved node1 → node3",
                "dummy1 monitor failed on node1 (not running)",
                "ping-clone/ping stopped on node2",
                "ticket t1 granted",
            ],
            events);
    }

    private static ClusterEvent Single(ClusterSnapshot before, ClusterSnapshot after) =>
        Assert.Single(SnapshotDiffer.Diff(before, after, _at));

    private static string[] Describe(ClusterSnapshot before, ClusterSnapshot after) =>
        [.. SnapshotDiffer.Diff(before, after, _at).Select(e => e.Describe())];
}
