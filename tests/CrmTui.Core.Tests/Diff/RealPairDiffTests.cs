using CrmTui.Core.Diff;
using CrmTui.Core.Model;
using Xunit.Abstractions;

namespace CrmTui.Core.Tests.Diff;

/// <summary>
/// Before/after pairs made at test time with Pacemaker's real tools on the shipped three-node
/// CIB (node1..3; dummy1 prefers node1, dummy2 prefers node2; anonymous clone ping-clone of
/// ping; promotable clone ms1 of state1, promoted on node1). Settled, that is: dummy1@node1,
/// dummy2@node2, ping on all three, state1 Promoted@node1 and Unpromoted@node2/node3.
/// </summary>
public sealed class RealPairDiffTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset _at = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);
    private static readonly NodeFlags _online = new(true, false, false, false, false, false, false);

    [PacemakerToolsFact]
    public void An_idle_cluster_rendered_twice_produces_no_events()
    {
        PacemakerTools.Require();

        // Given a settled cluster
        using var lab = CibLab.Settled();
        var before = lab.Snapshot();

        // When the scheduler runs again (nothing to do) and crm_mon renders it a second later
        Thread.Sleep(1100);
        lab.Simulate();
        var after = lab.Snapshot();

        // Then the volatile last_update moved, and nothing else is reported
        Assert.NotEqual(before.Summary?.LastUpdate?.Time.Raw, after.Summary?.LastUpdate?.Time.Raw);
        Assert.Empty(SnapshotDiffer.Diff(before, after, _at));
    }

    [PacemakerToolsFact]
    public void Standby_moves_the_primitive_and_stops_the_clone_instances_on_that_node()
    {
        PacemakerTools.Require();

        using var lab = CibLab.Settled();
        var before = lab.Snapshot();

        lab.Tool("crm_attribute", "--node", "node2", "--name", "standby", "--update", "on");
        lab.Simulate();

        AssertEvents(
            [
                new NodeStateChanged("node2", _online, _online with { Standby = true }),
                new ResourceMoved("dummy2", null, "node2", "node3", "Started"),
                new ResourceStopped("ping", "ping-clone", "node2", "Started"),
                new ResourceStopped("state1", "ms1", "node2", "Unpromoted"),
            ],
            before, lab.Snapshot());
    }

    [PacemakerToolsFact]
    public void A_ban_is_reported_with_the_move_it_causes()
    {
        PacemakerTools.Require();

        using var lab = CibLab.Settled();
        var before = lab.Snapshot();

        lab.Tool("crm_resource", "--ban", "--resource", "dummy1", "--node", "node1");
        lab.Simulate();

        AssertEvents(
            [
                new ResourceMoved("dummy1", null, "node1", "node2", "Started"),
                new BanAdded("cli-ban-dummy1-on-node1", "dummy1", "node1", -1_000_000, false),
            ],
            before, lab.Snapshot());
    }

    [PacemakerToolsFact]
    public void Moving_the_promoted_role_is_a_demotion_and_a_promotion()
    {
        PacemakerTools.Require();

        using var lab = CibLab.Settled();
        var before = lab.Snapshot();

        // crm_resource --move writes a positive preference, which is not a ban
        lab.Tool("crm_resource", "--move", "--resource", "ms1", "--promoted", "--node", "node2");
        lab.Simulate();

        AssertEvents(
            [
                new ResourcePromoted("state1", "ms1", "node2"),
                new ResourceDemoted("state1", "ms1", "node1"),
            ],
            before, lab.Snapshot());
    }

    [PacemakerToolsFact]
    public void An_injected_monitor_failure_then_its_recovery()
    {
        PacemakerTools.Require();

        using var lab = CibLab.Settled();
        var before = lab.Snapshot();

        // When the monitor reports "not running" (rc 7) and nothing has reacted yet
        lab.Simulate(run: false, "--op-inject", "dummy1_monitor_10000@node1=7");
        var failed = lab.Snapshot();

        AssertEvents(
            [
                new ResourceFailed("dummy1", null, "node1"),
                new FailureAppeared("dummy1", "node1", "monitor", "dummy1_monitor_10000", "not running", "Simulated action result", 4),
                new FailCountUp("dummy1", "node1", "0", "1"),
            ],
            before, failed);
        Assert.Equal(
            ["dummy1 failed on node1", "dummy1 monitor failed on node1 (not running: Simulated action result)", "fail-count of dummy1 on node1 up 0 → 1"],
            SnapshotDiffer.Diff(before, failed, _at).Select(e => e.Describe()));

        // When the scheduler recovers it in place (stop, start): the failure and fail-count stay
        lab.Simulate();
        AssertEvents([new ResourceRecovered("dummy1", null, "node1")], failed, lab.Snapshot());
    }

    [PacemakerToolsFact]
    public void A_node_taken_down_stops_its_clone_instances()
    {
        PacemakerTools.Require();

        using var lab = CibLab.Settled();
        var before = lab.Snapshot();

        lab.Simulate(run: true, "--node-down", "node3");

        AssertEvents(
            [
                new NodeStateChanged("node3", _online, _online with { Online = false }),
                new ResourceStopped("ping", "ping-clone", "node3", "Started"),
                new ResourceStopped("state1", "ms1", "node3", "Unpromoted"),
            ],
            before, lab.Snapshot());
    }

    [PacemakerToolsFact]
    public void Losing_and_regaining_quorum_are_one_event_each()
    {
        PacemakerTools.Require();

        using var lab = CibLab.Settled();
        var before = lab.Snapshot();

        // crm_simulate --quorum does not write have-quorum back; cibadmin does
        lab.Tool("cibadmin", "--modify", "--xml-text", "<cib have-quorum=\"0\"/>");
        var after = lab.Snapshot();
        lab.Tool("cibadmin", "--modify", "--xml-text", "<cib have-quorum=\"1\"/>");

        AssertEvents([new QuorumLost()], before, after);
        AssertEvents([new QuorumGained()], after, lab.Snapshot());
    }

    [PacemakerToolsFact]
    public void Cluster_maintenance_mode_is_one_event_not_one_per_unmanaged_resource()
    {
        PacemakerTools.Require();

        using var lab = CibLab.Settled();
        var before = lab.Snapshot();

        lab.Tool("crm_attribute", "--type", "crm_config", "--name", "maintenance-mode", "--update", "true");
        var after = lab.Snapshot();

        // crm_mon does mark every resource unmanaged
        Assert.All(after.AllPrimitives(), p => Assert.False(p.Resource.Managed));
        AssertEvents([new ClusterOptionChanged("maintenance-mode", "false", "true")], before, after);
    }

    [PacemakerToolsFact]
    public void Unmanaging_one_resource_and_stopping_another_by_target_role()
    {
        PacemakerTools.Require();

        using var lab = CibLab.Settled();
        var before = lab.Snapshot();

        lab.Tool("crm_resource", "--resource", "dummy1", "--meta", "--set-parameter", "is-managed", "--parameter-value", "false");
        lab.Tool("crm_resource", "--resource", "dummy2", "--meta", "--set-parameter", "target-role", "--parameter-value", "Stopped");
        lab.Simulate();

        AssertEvents(
            [
                new ResourceManagedChanged("dummy1", false),
                new ResourceStopped("dummy2", null, "node2", "Started"),
                new TargetRoleChanged("dummy2", null, "Stopped"),
            ],
            before, lab.Snapshot());
    }

    [PacemakerToolsFact]
    public void Ticket_granted_put_in_standby_and_revoked()
    {
        PacemakerTools.Require();

        using var lab = CibLab.Settled();
        var first = lab.Snapshot();

        lab.Tool("crm_ticket", "--ticket", "ticketA", "--grant", "--force");
        var granted = lab.Snapshot();
        lab.Tool("crm_ticket", "--ticket", "ticketA", "--standby", "--force");
        var standby = lab.Snapshot();
        lab.Tool("crm_ticket", "--ticket", "ticketA", "--revoke", "--force");
        var revoked = lab.Snapshot();

        AssertEvents([new TicketGranted("ticketA")], first, granted);
        AssertEvents([new TicketStandbyChanged("ticketA", true)], granted, standby);
        AssertEvents([new TicketRevoked("ticketA")], standby, revoked);
    }

    [PacemakerToolsFact]
    public void Node_attributes_added_changed_and_removed()
    {
        PacemakerTools.Require();

        using var lab = CibLab.Settled();
        var first = lab.Snapshot();

        lab.Tool("crm_attribute", "--node", "node1", "--name", "site", "--update", "east");
        var added = lab.Snapshot();
        lab.Tool("crm_attribute", "--node", "node1", "--name", "site", "--update", "west");
        var changed = lab.Snapshot();
        lab.Tool("crm_attribute", "--node", "node1", "--name", "site", "--delete");
        var removed = lab.Snapshot();

        AssertEvents([new NodeAttributeAdded("node1", "site", "east")], first, added);
        AssertEvents([new NodeAttributeChanged("node1", "site", "east", "west")], added, changed);
        AssertEvents([new NodeAttributeRemoved("node1", "site", "west")], changed, removed);
    }

    private void AssertEvents(ClusterEvent[] expected, ClusterSnapshot before, ClusterSnapshot after)
    {
        var actual = SnapshotDiffer.Diff(before, after, _at);
        foreach (var e in actual)
        {
            output.WriteLine(e.Describe());
        }

        Assert.Equal(expected.Select(e => e with { At = _at }), actual);
    }
}
