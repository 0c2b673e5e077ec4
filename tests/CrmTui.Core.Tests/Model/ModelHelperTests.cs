using CrmTui.Core.Model;

namespace CrmTui.Core.Tests.Model;

public sealed class ModelHelperTests
{
    [Theory]
    [InlineData("rsc:0", "rsc")]
    [InlineData("rsc:12", "rsc")]
    [InlineData("rsc", "rsc")]
    [InlineData("a:b", "a:b")]
    [InlineData("rsc:", "rsc:")]
    public void Base_id_drops_only_a_numeric_clone_suffix(string id, string expected)
    {
        Assert.Equal(expected, new PrimitiveResource { Id = id }.BaseId);
    }

    [Theory]
    [InlineData("ocf:heartbeat:IPaddr2", "ocf", "IPaddr2", false)]
    [InlineData("stonith:fence_xvm", "stonith", "fence_xvm", true)]
    [InlineData("systemd:httpd", "systemd", "httpd", false)]
    [InlineData("weird", "weird", "weird", false)]
    public void Agent_splits_into_class_and_type(string agent, string agentClass, string agentType, bool stonith)
    {
        var primitive = new PrimitiveResource { Agent = agent };

        Assert.Equal((agentClass, agentType, stonith), (primitive.AgentClass, primitive.AgentType, primitive.IsStonith));
    }

    [Theory]
    [InlineData("db_monitor_10000", "monitor", "db")]
    [InlineData("my_db_rsc_migrate_to_0", "migrate_to", "my_db_rsc")]
    [InlineData("my_db_stop_0", null, "my_db")]
    [InlineData("odd", null, "odd")]
    public void A_failure_names_its_resource_from_the_operation_key(string key, string? task, string resource)
    {
        Assert.Equal(resource, new FailedAction { OpKey = key, Task = task }.Resource);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("3", 3)]
    [InlineData("INFINITY", 1000000)]
    [InlineData("lots", 0)]
    public void Fail_count_reads_as_a_number(string? raw, int expected)
    {
        Assert.Equal(expected, new ResourceHistory { FailCount = raw }.FailCountValue);
    }

    [Fact]
    public void A_snapshot_built_by_hand_has_empty_sections_and_no_errors()
    {
        var snapshot = new ClusterSnapshot();

        Assert.Empty(snapshot.Nodes);
        Assert.Empty(snapshot.AllPrimitives());
        Assert.Empty(snapshot.AllOperations());
        Assert.False(snapshot.HasErrors);
        Assert.False(snapshot.IsRefusal);
        Assert.Null(snapshot.ErrorMessage);
        Assert.Null(snapshot.FindNode("anything"));
    }

    [Fact]
    public void Operations_flatten_with_their_node_and_resource()
    {
        var op = new OperationRecord { Call = 4, Task = "start" };
        var snapshot = new ClusterSnapshot
        {
            NodeHistory = [new NodeHistory { Node = "n1", Resources = [new ResourceHistory { Id = "r1", Operations = [op] }] }],
        };

        Assert.Equal([new OperationEntry("n1", "r1", op)], snapshot.AllOperations());
    }
}
