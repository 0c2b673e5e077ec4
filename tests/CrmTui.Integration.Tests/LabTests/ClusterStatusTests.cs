using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;
using static CrmTui.Integration.Tests.LabTests.CrmMonXml;

namespace CrmTui.Integration.Tests.LabTests;

[Collection(LabCollection.Name)]
public sealed class ClusterStatusTests(SingleNodeLab lab, ITestOutputHelper output)
{
    [LabFact]
    public async Task The_node_is_online_and_is_the_dc_of_a_quorate_cluster()
    {
        lab.EnsureUp();
        output.WriteLine($"lab {lab.LabName}: bring-up {lab.BringUpTime.TotalSeconds:0.0} s, {lab.MemoryKib / 1024} MiB");

        var doc = await ReadSettledAsync(lab, output, d =>
            Attr(d.SelectSingleNode("/pacemaker-result/summary/current_dc"), "name") == lab.NodeName &&
            Attr(d.SelectSingleNode($"/pacemaker-result/nodes/node[@name='{lab.NodeName}']"), "standby") == "false");

        var node = doc.SelectSingleNode($"/pacemaker-result/nodes/node[@name='{lab.NodeName}']");
        Assert.Equal("true", Attr(node, "online"));
        Assert.Equal("false", Attr(node, "standby"));
        var dc = doc.SelectSingleNode("/pacemaker-result/summary/current_dc");
        Assert.Equal(lab.NodeName, Attr(dc, "name"));
        Assert.Equal("true", Attr(dc, "with_quorum"));
        Assert.Equal(1, doc.SelectNodes("/pacemaker-result/nodes/node")!.Count);
    }

    [LabFact]
    public async Task Every_configured_resource_is_started_and_the_promotable_clone_is_promoted()
    {
        lab.EnsureUp();
        string[] started = ["dummy1", "dummy2", "group1-a", "group1-b", "dummy-c"];

        var doc = await ReadSettledAsync(lab, output, d =>
            started.All(id => Attr(Resource(d, id), "role") == "Started") && Attr(Resource(d, "stateful"), "role") == "Promoted");

        foreach (var id in started)
        {
            var resource = Resource(doc, id);
            Assert.True(resource is not null, $"{id} is missing from crm_mon");
            Assert.Equal((id, "Started", "true", "false"), (id, Attr(resource, "role"), Attr(resource, "active"), Attr(resource, "failed")));
            Assert.Equal(lab.NodeName, Attr(resource!.SelectSingleNode("node"), "name"));
        }
        Assert.Equal("Promoted", Attr(Resource(doc, "stateful"), "role"));
        Assert.NotNull(doc.SelectSingleNode("//group[@id='group1']/resource[@id='group1-a']"));
        Assert.Equal("false", Attr(doc.SelectSingleNode("//clone[@id='dummy-clone']"), "multi_state"));
        Assert.Equal("true", Attr(doc.SelectSingleNode("//clone[@id='stateful-clone']"), "multi_state"));
        Assert.Equal("ocf:pacemaker:Stateful", Attr(Resource(doc, "stateful"), "resource_agent"));
    }

    [LabFact]
    public async Task Pacemaker_stopped_on_the_node_is_reported_by_crm_mon_and_comes_back_when_started()
    {
        lab.EnsureUp();
        try
        {
            await lab.StopPacemakerAsync();

            var down = await lab.Runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml"));
            output.WriteLine(down.Stdout + down.Stderr);
            Assert.NotEqual(0, down.ExitCode);
        }
        finally
        {
            await lab.StartPacemakerAsync();
        }

        var up = await ReadSettledAsync(lab, output, d => Attr(Resource(d, "stateful"), "role") == "Promoted" && Attr(Resource(d, "dummy1"), "role") == "Started");
        Assert.Equal(lab.NodeName, Attr(up.SelectSingleNode("/pacemaker-result/summary/current_dc"), "name"));
        Assert.Equal("Promoted", Attr(Resource(up, "stateful"), "role"));
        Assert.Equal("Started", Attr(Resource(up, "dummy1"), "role"));
    }
}
