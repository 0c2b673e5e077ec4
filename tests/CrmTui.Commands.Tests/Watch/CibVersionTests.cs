using CrmTui.Commands.Watch;

namespace CrmTui.Commands.Tests.Watch;

public sealed class CibVersionTests
{
    [Fact]
    public void The_root_element_cibadmin_prints_gives_the_version_triple()
    {
        // As printed by cibadmin --query --xpath /cib --no-children on the lab (Pacemaker 2.1.5)
        const string root = "<cib crm_feature_set=\"3.16.1\" validate-with=\"pacemaker-3.9\" epoch=\"13\" num_updates=\"44\" admin_epoch=\"0\" cib-last-written=\"Sun Nov 22 08:21:55 2026\" update-origin=\"node1\" update-client=\"crmd\" update-user=\"hacluster\" have-quorum=\"1\" dc-uuid=\"1\"/>\n";

        Assert.Equal(new CibVersion(0, 13, 44), CibVersion.TryParse(root));
        Assert.Equal("0.13.44", CibVersion.TryParse(root).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("<cib epoch=\"1\"")]
    [InlineData("<status epoch=\"1\" num_updates=\"2\" admin_epoch=\"0\"/>")]
    [InlineData("<cib epoch=\"1\" num_updates=\"x\" admin_epoch=\"0\"/>")]
    [InlineData("<cib epoch=\"-1\" num_updates=\"2\" admin_epoch=\"0\"/>")]
    [InlineData("Signon to CIB failed: Transport endpoint is not connected")]
    public void Anything_else_is_not_a_version(string text)
    {
        Assert.Null(CibVersion.TryParse(text));
    }
}
