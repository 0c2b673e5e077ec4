using System.Xml.Linq;

namespace CrmTui.Demo.Tests;

/// <summary>The shipped CIB has the topology the demo promises (docs/demo.md), and the names the code uses.</summary>
public sealed class DemoCibTests
{
    private static readonly XDocument Cib = XDocument.Parse(DemoCib.Text);

    private static IEnumerable<XElement> Resources(string kind) => Cib.Descendants("resources").Descendants(kind);

    private static XElement Resource(string id) =>
        Cib.Descendants("resources").Descendants().Single(e => (string?)e.Attribute("id") == id);

    [Fact]
    public void It_has_three_full_nodes_and_two_pacemaker_remote_nodes_with_their_connections()
    {
        var nodes = Cib.Descendants("nodes").Elements("node").ToList();
        Assert.Equal(DemoTopology.FullNodes, nodes.Where(n => n.Attribute("type") is null).Select(n => (string)n.Attribute("uname")!));
        Assert.Equal(DemoTopology.RemoteNodes, nodes.Where(n => (string?)n.Attribute("type") == "remote").Select(n => (string)n.Attribute("uname")!));
        foreach (var remote in DemoTopology.RemoteNodes)
            Assert.Equal("remote", (string?)Resource(remote).Attribute("type"));
    }

    [Fact]
    public void It_has_a_group_of_a_virtual_ip_and_a_service()
    {
        var members = Resources("group").Single().Elements("primitive").Select(p => (string?)p.Attribute("type")).ToList();
        Assert.Equal(["IPaddr2", "apache"], members);
    }

    [Fact]
    public void It_has_an_anonymous_clone_a_promotable_clone_a_ping_clone_and_a_three_replica_bundle()
    {
        var clones = Resources("clone").ToList();
        bool Promotable(XElement c) => c.Descendants("nvpair").Any(p => (string?)p.Attribute("name") == "promotable" && (string?)p.Attribute("value") == "true");
        Assert.Contains(clones, c => !Promotable(c) && (string?)c.Element("primitive")!.Attribute("type") == "Filesystem");
        Assert.Contains(clones, c => Promotable(c));
        Assert.Contains(clones, c => (string?)c.Element("primitive")!.Attribute("type") == "ping");
        Assert.Equal("3", (string?)Resources("bundle").Single().Elements().First().Attribute("replicas"));
    }

    [Fact]
    public void A_location_rule_reads_the_ping_attribute()
    {
        var expressions = Cib.Descendants("rsc_location").Descendants("expression").Select(e => (string?)e.Attribute("attribute"));
        Assert.Contains(DemoTopology.PingAttribute, expressions);
    }

    [Fact]
    public void It_has_a_fence_device_a_ticket_constraint_and_a_leftover_cli_ban()
    {
        Assert.Contains(Resources("primitive"), p => (string?)p.Attribute("class") == "stonith");
        Assert.Equal(DemoTopology.Ticket, (string?)Cib.Descendants("rsc_ticket").Single().Attribute("ticket"));
        Assert.Contains(Cib.Descendants("rsc_location"), c => ((string?)c.Attribute("id"))!.StartsWith("cli-ban-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_resource_that_should_run_is_held_stopped_by_a_disabled_one()
    {
        Assert.Equal("Started", TargetRole("report"));
        Assert.Equal("Stopped", TargetRole("batch"));
        Assert.Contains(Cib.Descendants("rsc_colocation"), c => (string?)c.Attribute("rsc") == "report" && (string?)c.Attribute("with-rsc") == "batch");

        static string? TargetRole(string id) => Resource(id).Descendants("nvpair")
            .Where(p => (string?)p.Attribute("name") == "target-role").Select(p => (string?)p.Attribute("value")).SingleOrDefault();
    }

    [Fact]
    public void The_starting_failure_names_a_configured_monitor()
    {
        var failure = DemoTopology.StartingFailure;
        var monitor = Resource(failure.Resource).Descendants("op").Single(o => (string?)o.Attribute("name") == "monitor");
        Assert.Equal($"{failure.IntervalMs / 1000}s", (string?)monitor.Attribute("interval"));
        Assert.Contains(failure.Node, DemoTopology.FullNodes);
    }
}
