using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Core.Model;
using CrmTui.Core.Parsing;
using CrmTui.TestKit.Shared;

namespace CrmTui.Commands.Tests.Actions;

/// <summary>
/// Availability on crm_mon output captured from a real 3-node lab (../shared/corpus/live, read
/// in place, never copied). A clone without ../shared reports these as Skipped, with the reason.
/// </summary>
public sealed class LiveCaptureTests
{
    [CorpusFact]
    public void On_a_healthy_three_node_cluster_fencing_standby_and_moves_are_offered()
    {
        var snapshot = Load("lab-healthy.crm_mon.xml");

        Assert.Null(new FenceNode("node3").DisabledReason(snapshot));
        Assert.Null(new StandbyNode("node1").DisabledReason(snapshot));
        Assert.Equal("node1 is online; only confirm a node you know is down", new ConfirmFenced("node1").DisabledReason(snapshot));
        Assert.Null(new MoveResource("dummy1").DisabledReason(snapshot));
        Assert.Null(new MoveResource("stateful-clone", Promoted: true).DisabledReason(snapshot));
        Assert.Equal("stateful-clone is running on 3 nodes; choose a target node", new MoveResource("stateful-clone").DisabledReason(snapshot));
        Assert.Null(new RestartResource("grp1").DisabledReason(snapshot));
    }

    [CorpusFact]
    public void After_a_node_was_fenced_it_can_be_confirmed_and_its_failure_cleaned_up()
    {
        var snapshot = Load("lab-fenced-node3.crm_mon.xml");

        Assert.Null(new ConfirmFenced("node3").DisabledReason(snapshot));
        var failure = Assert.Single(snapshot.Failures);
        var cleanup = ActionCatalog.ForFailure(snapshot, failure)[0];
        Assert.Null(cleanup.DisabledReason);
        Assert.Equal(["crm_resource", "--output-as=xml", "--cleanup", "--resource=dummy1", "--node=node2",
            "--operation=asyncmon", "--interval=0ms"], cleanup.Action.BuildCommand().Argv.ToArray());
    }

    private static ClusterSnapshot Load(string file) =>
        CrmMonXmlParser.Parse(File.ReadAllText(SharedCorpus.File(Path.Combine("live", file))));
}
