using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Commands.Actions.Tickets;
using CrmTui.Commands.Tests.Support;

namespace CrmTui.Commands.Tests.Actions;

public sealed class ResourceAvailabilityTests
{
    private readonly Core.Model.ClusterSnapshot _cluster = SnapshotBuilder.TwoNodes().Build();

    [Fact]
    public void Resource_actions_on_an_unknown_resource_say_so()
    {
        ClusterAction[] actions =
        [
            new CleanupResource("nope"), new RefreshResource("nope"), new MoveResource("nope"), new BanResource("nope"),
            new ClearResource("nope"), new ClearExpired("nope"), new EnableResource("nope"), new DisableResource("nope"),
            new ManageResource("nope"), new UnmanageResource("nope"), new RestartResource("nope"),
        ];
        Assert.All(actions, a => Assert.Equal("no resource named nope", a.DisabledReason(_cluster)));
    }

    [Fact]
    public void A_resource_action_naming_an_unknown_node_says_so()
    {
        Assert.Equal("no node named n9", new CleanupResource("vip", "n9").DisabledReason(_cluster));
        Assert.Equal("no node named n9", new MoveResource("vip", "n9").DisabledReason(_cluster));
    }

    [Fact]
    public void Group_members_clones_and_clone_children_are_all_known_resources()
    {
        Assert.Null(new CleanupResource("web").DisabledReason(_cluster));
        Assert.Null(new CleanupResource("web-server").DisabledReason(_cluster));
        Assert.Null(new CleanupResource("state-clone").DisabledReason(_cluster));
        Assert.Null(new CleanupResource("state").DisabledReason(_cluster));
    }

    [Fact]
    public void Move_to_the_node_it_already_runs_on_is_disabled()
    {
        Assert.Equal("vip is already running on n1", new MoveResource("vip", "n1").DisabledReason(_cluster));
        Assert.Null(new MoveResource("vip", "n2").DisabledReason(_cluster));
    }

    [Fact]
    public void Move_to_an_offline_node_is_disabled()
    {
        var snapshot = new SnapshotBuilder().Node("n1").Node("n2", online: false).Primitive("vip", "n1").Build();
        Assert.Equal("n2 is offline", new MoveResource("vip", "n2").DisabledReason(snapshot));
    }

    [Fact]
    public void Move_away_needs_a_resource_running_on_exactly_one_node()
    {
        var snapshot = SnapshotBuilder.TwoNodes().Clone("ping-clone", "ping", "n1", "n2").Build();
        Assert.Null(new MoveResource("vip").DisabledReason(snapshot));
        Assert.Equal("db is not running anywhere", new MoveResource("db").DisabledReason(snapshot));
        Assert.Equal("ping-clone is running on 2 nodes; choose a target node", new MoveResource("ping-clone").DisabledReason(snapshot));
    }

    [Fact]
    public void Promoted_moves_apply_only_to_promotable_clones()
    {
        Assert.Equal("vip is not promotable", new MoveResource("vip", "n2", Promoted: true).DisabledReason(_cluster));
        Assert.Null(new MoveResource("state-clone", "n2", Promoted: true).DisabledReason(_cluster));
        Assert.Null(new MoveResource("state", Promoted: true).DisabledReason(_cluster));
        Assert.Equal("state-clone is already promoted on n1",
            new MoveResource("state-clone", "n1", Promoted: true).DisabledReason(_cluster));
    }

    [Fact]
    public void Ban_from_a_node_it_is_already_banned_from_is_disabled()
    {
        var snapshot = SnapshotBuilder.TwoNodes().Banned("vip", "n2").Build();
        Assert.Equal("vip is already banned from n2", new BanResource("vip", "n2").DisabledReason(snapshot));
        Assert.Null(new BanResource("vip", "n1").DisabledReason(snapshot));
    }

    [Fact]
    public void Ban_without_a_node_needs_the_resource_running_on_one_node()
    {
        Assert.Null(new BanResource("vip").DisabledReason(_cluster));
        Assert.Equal("db is not running anywhere; choose a node to ban it from", new BanResource("db").DisabledReason(_cluster));
    }

    [Fact]
    public void Enable_is_offered_only_for_a_disabled_resource_and_disable_only_for_an_enabled_one()
    {
        Assert.Null(new EnableResource("db").DisabledReason(_cluster));
        Assert.Equal("db is already disabled", new DisableResource("db").DisabledReason(_cluster));
        Assert.Equal("vip is not disabled", new EnableResource("vip").DisabledReason(_cluster));
        Assert.Null(new DisableResource("vip").DisabledReason(_cluster));
    }

    [Fact]
    public void Manage_and_unmanage_follow_is_managed()
    {
        var snapshot = new SnapshotBuilder().Node("n1").Primitive("vip", "n1").Primitive("db", "n1", managed: false).Build();
        Assert.Equal("vip is already managed", new ManageResource("vip").DisabledReason(snapshot));
        Assert.Null(new UnmanageResource("vip").DisabledReason(snapshot));
        Assert.Null(new ManageResource("db").DisabledReason(snapshot));
        Assert.Equal("db is already unmanaged", new UnmanageResource("db").DisabledReason(snapshot));
    }

    [Fact]
    public void Restart_needs_a_running_managed_resource_outside_maintenance_mode()
    {
        Assert.Null(new RestartResource("vip").DisabledReason(_cluster));
        Assert.Equal("db is not running", new RestartResource("db").DisabledReason(_cluster));
        var unmanaged = new SnapshotBuilder().Node("n1").Primitive("vip", "n1", managed: false).Build();
        Assert.Equal("vip is unmanaged", new RestartResource("vip").DisabledReason(unmanaged));
        var maintenance = SnapshotBuilder.TwoNodes().MaintenanceMode().Build();
        Assert.Equal("cluster is in maintenance mode", new RestartResource("vip").DisabledReason(maintenance));
    }

    [Fact]
    public void Failure_cleanup_is_offered_only_for_a_failure_the_cluster_reports()
    {
        var snapshot = SnapshotBuilder.TwoNodes().Failure("vip", "n1", "monitor", 10_000).Build();
        var failure = Assert.Single(snapshot.Failures);
        Assert.Null(CleanupFailure.For(failure).DisabledReason(snapshot));
        Assert.Equal(new CleanupFailure("vip", "n1", "monitor", 10_000), CleanupFailure.For(failure));
        Assert.Equal("no failed monitor of vip on n2", new CleanupFailure("vip", "n2", "monitor", 10_000).DisabledReason(snapshot));
    }

    [Fact]
    public void Cleanup_of_everything_is_disabled_when_nothing_failed()
    {
        Assert.Equal("no failed actions to clean up", new CleanupAll().DisabledReason(_cluster));
        var failed = SnapshotBuilder.TwoNodes().Failure("vip", "n1", "start", 0).Build();
        Assert.Null(new CleanupAll().DisabledReason(failed));
    }

    [Fact]
    public void Ticket_grant_and_revoke_follow_the_tickets_state()
    {
        var snapshot = new SnapshotBuilder().Node("n1").Ticket("t1", granted: true).Ticket("t2", granted: false).Build();
        Assert.Equal("ticket t1 is already granted", new GrantTicket("t1").DisabledReason(snapshot));
        Assert.Null(new RevokeTicket("t1").DisabledReason(snapshot));
        Assert.Null(new GrantTicket("t2").DisabledReason(snapshot));
        Assert.Equal("ticket t2 is not granted", new RevokeTicket("t2").DisabledReason(snapshot));
        Assert.Null(new GrantTicket("new").DisabledReason(snapshot));
        Assert.Equal("no ticket named new", new RevokeTicket("new").DisabledReason(snapshot));
    }
}
