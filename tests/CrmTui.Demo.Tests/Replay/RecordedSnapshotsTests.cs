using CrmTui.Core.Parsing;
using CrmTui.Demo.Replay;

namespace CrmTui.Demo.Tests.Replay;

/// <summary>The shipped recordings parse and tell the story the replay promises (docs/demo.md).</summary>
public sealed class RecordedSnapshotsTests
{
    private static Core.Model.ClusterSnapshot Snapshot(string name) =>
        CrmMonXmlParser.Parse(RecordedSnapshots.All.Single(s => s.Name == name).Xml);

    [Fact]
    public void Every_recording_is_the_demo_cluster()
    {
        Assert.Equal(["01-start", "02-node2-standby", "03-cleaned-up", "04-node3-fenced"], RecordedSnapshots.All.Select(s => s.Name));
        foreach (var (name, xml) in RecordedSnapshots.All)
        {
            var snapshot = CrmMonXmlParser.Parse(xml);
            Assert.True(DemoTopology.AllNodes.Order().SequenceEqual(snapshot.Nodes.Select(n => n.Name).Order()), name);
        }
    }

    [Fact]
    public void The_start_has_something_to_triage()
    {
        var start = Snapshot("01-start");

        Assert.Contains(start.Failures, f => f.OpKey == "web-server_monitor_10000" && f.Node == "node2");
        Assert.Contains(start.Bans, b => b.Id.StartsWith("cli-ban-", StringComparison.Ordinal));
        Assert.Contains(start.AllPrimitives(), p => p.Resource.Id == "report" && !p.Resource.Active && p.Resource.TargetRole == "Started");
        Assert.All(start.Nodes, n => Assert.True(n.Online, n.Name));
    }

    [Fact]
    public void Standby_moved_everything_off_node2_cleanup_cleared_the_failure_and_fencing_took_node3_down()
    {
        var standby = Snapshot("02-node2-standby");
        Assert.True(standby.FindNode("node2")!.Standby);
        Assert.DoesNotContain(standby.AllPrimitives(), p => p.Resource.Active && p.Resource.NodeName == "node2");

        Assert.Empty(Snapshot("03-cleaned-up").Failures);
        Assert.False(Snapshot("04-node3-fenced").FindNode("node3")!.Online);
    }
}
