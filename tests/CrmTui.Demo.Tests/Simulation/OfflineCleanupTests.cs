using System.Xml.Linq;
using CrmTui.Demo.Simulation;

namespace CrmTui.Demo.Tests.Simulation;

public sealed class OfflineCleanupTests
{
    // Shaped like crm_simulate's output: per node, the history of each resource and the transient attributes.
    private const string Cib = """
        <cib><configuration><resources>
          <group id="web"><primitive id="web-ip"/><primitive id="web-server"/></group>
          <clone id="db-clone"><primitive id="db"/></clone>
          <primitive id="mail"/>
        </resources></configuration>
        <status>
          <node_state id="1" uname="node1">
            <lrm><lrm_resources>
              <lrm_resource id="web-server">
                <lrm_rsc_op id="web-server_last_0"/><lrm_rsc_op id="web-server_last_failure_0"/>
              </lrm_resource>
              <lrm_resource id="db:0"><lrm_rsc_op id="db_last_failure_0"/></lrm_resource>
              <lrm_resource id="mail"><lrm_rsc_op id="mail_last_failure_0"/></lrm_resource>
            </lrm_resources></lrm>
            <transient_attributes id="1"><instance_attributes id="status-1">
              <nvpair id="a" name="fail-count-web-server#monitor_10000" value="1"/>
              <nvpair id="b" name="last-failure-web-server#monitor_10000" value="1"/>
              <nvpair id="c" name="fail-count-mail#start_0" value="INFINITY"/>
              <nvpair id="d" name="pingd" value="1000"/>
            </instance_attributes></transient_attributes>
          </node_state>
          <node_state id="2" uname="node2">
            <lrm><lrm_resources>
              <lrm_resource id="web-server"><lrm_rsc_op id="web-server_last_failure_0"/></lrm_resource>
            </lrm_resources></lrm>
            <transient_attributes id="2"><instance_attributes id="status-2">
              <nvpair id="e" name="fail-count-web-server#monitor_10000" value="3"/>
            </instance_attributes></transient_attributes>
          </node_state>
        </status></cib>
        """;

    private static List<string> Ids(string cib) =>
        [.. XDocument.Parse(cib).Descendants().Where(e => e.Name.LocalName is "lrm_rsc_op" or "nvpair").Select(e => (string)e.Attribute("id")!)];

    [Fact]
    public void A_resource_on_one_node_loses_only_its_failure_records_there()
    {
        var (cib, removed) = OfflineCleanup.Clear(Cib, "web-server", "node1");

        Assert.Equal(3, removed);
        Assert.Equal(["web-server_last_0", "db_last_failure_0", "mail_last_failure_0", "c", "d", "web-server_last_failure_0", "e"], Ids(cib));
    }

    [Fact]
    public void A_group_clears_its_members_on_every_node_when_no_node_is_given()
    {
        var (cib, removed) = OfflineCleanup.Clear(Cib, "web", null);

        Assert.Equal(5, removed);
        Assert.DoesNotContain(Ids(cib), id => id.StartsWith("web-server_last_failure", StringComparison.Ordinal) || id is "a" or "b" or "e");
        Assert.Contains("web-server_last_0", Ids(cib));
    }

    [Fact]
    public void A_clone_id_reaches_its_numbered_instances()
    {
        var (cib, removed) = OfflineCleanup.Clear(Cib, "db-clone", null);

        Assert.Equal(1, removed);
        Assert.DoesNotContain("db_last_failure_0", Ids(cib));
    }

    [Fact]
    public void No_resource_clears_every_failure_and_keeps_other_attributes()
    {
        var (cib, removed) = OfflineCleanup.Clear(Cib, null, null);

        Assert.Equal(8, removed);
        Assert.Equal(["web-server_last_0", "d"], Ids(cib));
    }

    [Fact]
    public void An_unknown_resource_removes_nothing()
    {
        var (_, removed) = OfflineCleanup.Clear(Cib, "no-such", null);

        Assert.Equal(0, removed);
    }
}
