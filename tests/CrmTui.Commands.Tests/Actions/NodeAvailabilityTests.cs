using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Tests.Support;

namespace CrmTui.Commands.Tests.Actions;

public sealed class NodeAvailabilityTests
{
    [Fact]
    public void Standby_is_available_for_an_online_node_not_in_standby()
    {
        Assert.Null(new StandbyNode("n1").DisabledReason(SnapshotBuilder.TwoNodes().Build()));
    }

    [Fact]
    public void Standby_is_disabled_when_the_node_is_already_in_standby()
    {
        var snapshot = new SnapshotBuilder().Node("node3", standby: true).Build();
        Assert.Equal("node3 is already in standby", new StandbyNode("node3").DisabledReason(snapshot));
    }

    [Fact]
    public void Standby_until_reboot_is_disabled_when_the_node_is_offline()
    {
        var snapshot = new SnapshotBuilder().Node("node1", online: false).Build();
        Assert.Equal("node1 is offline; standby until reboot needs a running node",
            new StandbyNode("node1", AttributeLifetime.Reboot).DisabledReason(snapshot));
        Assert.Null(new StandbyNode("node1").DisabledReason(snapshot));
    }

    [Fact]
    public void Node_actions_on_an_unknown_node_say_so()
    {
        var snapshot = SnapshotBuilder.TwoNodes().Build();
        Assert.Equal("no node named n9", new StandbyNode("n9").DisabledReason(snapshot));
        Assert.Equal("no node named n9", new UnstandbyNode("n9").DisabledReason(snapshot));
        Assert.Equal("no node named n9", new NodeMaintenance("n9", true).DisabledReason(snapshot));
        Assert.Equal("no node named n9", new FenceNode("n9").DisabledReason(snapshot));
        Assert.Equal("no node named n9", new ConfirmFenced("n9").DisabledReason(snapshot));
    }

    [Fact]
    public void Unstandby_is_disabled_when_the_node_is_not_in_standby()
    {
        var snapshot = new SnapshotBuilder().Node("n1").Node("n2", standby: true).Build();
        Assert.Equal("n1 is not in standby", new UnstandbyNode("n1").DisabledReason(snapshot));
        Assert.Null(new UnstandbyNode("n2").DisabledReason(snapshot));
    }

    [Fact]
    public void Node_maintenance_on_and_off_follow_the_nodes_state()
    {
        var snapshot = new SnapshotBuilder().Node("n1", maintenance: true).Node("n2").Build();
        Assert.Equal("n1 is already in maintenance", new NodeMaintenance("n1", On: true).DisabledReason(snapshot));
        Assert.Null(new NodeMaintenance("n1", On: false).DisabledReason(snapshot));
        Assert.Equal("n2 is not in maintenance", new NodeMaintenance("n2", On: false).DisabledReason(snapshot));
        Assert.Null(new NodeMaintenance("n2", On: true).DisabledReason(snapshot));
    }

    [Fact]
    public void Cluster_maintenance_on_and_off_follow_maintenance_mode()
    {
        var normal = SnapshotBuilder.TwoNodes().Build();
        var maintenance = SnapshotBuilder.TwoNodes().MaintenanceMode().Build();
        Assert.Null(new ClusterMaintenance(On: true).DisabledReason(normal));
        Assert.Equal("cluster is not in maintenance mode", new ClusterMaintenance(On: false).DisabledReason(normal));
        Assert.Equal("cluster is already in maintenance mode", new ClusterMaintenance(On: true).DisabledReason(maintenance));
        Assert.Null(new ClusterMaintenance(On: false).DisabledReason(maintenance));
    }

    [Fact]
    public void Fence_is_disabled_when_the_cluster_has_no_fence_device()
    {
        var snapshot = new SnapshotBuilder().Node("n1").Node("n2").Primitive("vip", "n1").Build();
        Assert.Equal("cluster has no fence device", new FenceNode("n2").DisabledReason(snapshot));
        Assert.Null(new FenceNode("n2").DisabledReason(SnapshotBuilder.TwoNodes().Build()));
    }

    [Fact]
    public void Confirm_fenced_is_offered_only_for_a_node_not_seen_online()
    {
        var snapshot = new SnapshotBuilder().Node("node1").Node("node2", online: false).Node("node3", unclean: true).Build();
        Assert.Equal("node1 is online; only confirm a node you know is down", new ConfirmFenced("node1").DisabledReason(snapshot));
        Assert.Null(new ConfirmFenced("node2").DisabledReason(snapshot));
        Assert.Null(new ConfirmFenced("node3").DisabledReason(snapshot));
    }

    [Fact]
    public void An_invalid_request_is_its_own_disabled_reason()
    {
        Assert.Equal("node name is empty", new StandbyNode("").DisabledReason(SnapshotBuilder.TwoNodes().Build()));
    }
}
