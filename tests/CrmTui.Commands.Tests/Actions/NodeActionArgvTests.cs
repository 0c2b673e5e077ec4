using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Nodes;

namespace CrmTui.Commands.Tests.Actions;

public sealed class NodeActionArgvTests
{
    [Fact]
    public void Standby_sets_the_permanent_standby_attribute()
    {
        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--node=n1", "--name=standby", "--update=on", "--lifetime=forever"],
            new StandbyNode("n1").BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Standby_until_reboot_uses_the_reboot_lifetime()
    {
        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--node=n1", "--name=standby", "--update=on", "--lifetime=reboot"],
            new StandbyNode("n1", AttributeLifetime.Reboot).BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Unstandby_deletes_the_standby_attribute_of_its_lifetime()
    {
        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--node=n1", "--name=standby", "--delete", "--lifetime=forever"],
            new UnstandbyNode("n1").BuildCommand().Argv.ToArray());
        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--node=n1", "--name=standby", "--delete", "--lifetime=reboot"],
            new UnstandbyNode("n1", AttributeLifetime.Reboot).BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Node_maintenance_on_sets_and_off_deletes_the_maintenance_attribute()
    {
        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--node=n2", "--name=maintenance", "--update=on", "--lifetime=forever"],
            new NodeMaintenance("n2", On: true).BuildCommand().Argv.ToArray());
        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--node=n2", "--name=maintenance", "--delete", "--lifetime=forever"],
            new NodeMaintenance("n2", On: false).BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Cluster_maintenance_sets_the_maintenance_mode_option()
    {
        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--type=crm_config", "--name=maintenance-mode", "--update=true"],
            new ClusterMaintenance(On: true).BuildCommand().Argv.ToArray());
        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--type=crm_config", "--name=maintenance-mode", "--update=false"],
            new ClusterMaintenance(On: false).BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Fence_reboots_by_default_and_powers_off_when_asked()
    {
        Assert.Equal(["stonith_admin", "--output-as=xml", "--reboot=n3"], new FenceNode("n3").BuildCommand().Argv.ToArray());
        Assert.Equal(["stonith_admin", "--output-as=xml", "--fence=n3"], new FenceNode("n3", FenceMode.Off).BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Fence_waits_longer_than_stonith_admins_own_timeout()
    {
        Assert.True(new FenceNode("n3").BuildCommand().Timeout > TimeSpan.FromSeconds(120));
    }

    [Fact]
    public void Confirm_fenced_uses_stonith_admin_confirm()
    {
        Assert.Equal(["stonith_admin", "--output-as=xml", "--confirm=n3"], new ConfirmFenced("n3").BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void A_node_name_starting_with_a_dash_stays_inside_its_option_element()
    {
        // Given a hostile name that a tool would read as an option if it stood alone
        var argv = new StandbyNode("--delete").BuildCommand().Argv;

        // Then it is the value of --node, in the same argv element, and never a word of its own
        Assert.Contains("--node=--delete", argv);
        Assert.DoesNotContain("--delete", argv);
    }

    [Fact]
    public void Shell_metacharacters_in_a_name_are_passed_through_untouched()
    {
        var argv = new FenceNode("n1; rm -rf / $(id) `id` 'x'").BuildCommand().Argv;
        Assert.Equal("--reboot=n1; rm -rf / $(id) `id` 'x'", argv[^1]);
    }
}
