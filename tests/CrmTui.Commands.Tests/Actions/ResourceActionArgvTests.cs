using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Commands.Actions.Tickets;

namespace CrmTui.Commands.Tests.Actions;

public sealed class ResourceActionArgvTests
{
    [Fact]
    public void Cleanup_of_one_resource_everywhere_or_on_one_node()
    {
        Assert.Equal(["crm_resource", "--output-as=xml", "--cleanup", "--resource=vip"],
            new CleanupResource("vip").BuildCommand().Argv.ToArray());
        Assert.Equal(["crm_resource", "--output-as=xml", "--cleanup", "--resource=vip", "--node=n1"],
            new CleanupResource("vip", "n1").BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Cleanup_of_one_failed_operation_passes_the_interval_in_milliseconds_with_its_unit()
    {
        Assert.Equal(
            ["crm_resource", "--output-as=xml", "--cleanup", "--resource=vip", "--node=n1", "--operation=monitor", "--interval=10000ms"],
            new CleanupFailure("vip", "n1", "monitor", 10_000).BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Cleanup_of_everything_has_no_filter()
    {
        Assert.Equal(["crm_resource", "--output-as=xml", "--cleanup"], new CleanupAll().BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Refresh_of_one_resource_on_one_node_or_of_everything()
    {
        Assert.Equal(["crm_resource", "--output-as=xml", "--refresh", "--resource=vip"],
            new RefreshResource("vip").BuildCommand().Argv.ToArray());
        Assert.Equal(["crm_resource", "--output-as=xml", "--refresh", "--resource=vip", "--node=n2"],
            new RefreshResource("vip", "n2").BuildCommand().Argv.ToArray());
        Assert.Equal(["crm_resource", "--output-as=xml", "--refresh"], new RefreshAll().BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Move_to_a_node_with_a_lifetime()
    {
        Assert.Equal(["crm_resource", "--output-as=xml", "--move", "--resource=vip", "--node=n2", "--lifetime=PT10M"],
            new MoveResource("vip", "n2", "PT10M").BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Move_away_from_the_current_node_names_no_node()
    {
        Assert.Equal(["crm_resource", "--output-as=xml", "--move", "--resource=vip"],
            new MoveResource("vip").BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Move_of_the_promoted_role_adds_promoted()
    {
        Assert.Equal(["crm_resource", "--output-as=xml", "--move", "--resource=state-clone", "--node=n2", "--promoted"],
            new MoveResource("state-clone", "n2", Promoted: true).BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Ban_with_and_without_a_node()
    {
        Assert.Equal(["crm_resource", "--output-as=xml", "--ban", "--resource=vip", "--node=n1"],
            new BanResource("vip", "n1").BuildCommand().Argv.ToArray());
        Assert.Equal(["crm_resource", "--output-as=xml", "--ban", "--resource=vip", "--lifetime=P1D", "--promoted"],
            new BanResource("vip", Lifetime: "P1D", Promoted: true).BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Clear_and_clear_expired()
    {
        Assert.Equal(["crm_resource", "--output-as=xml", "--clear", "--resource=vip"],
            new ClearResource("vip").BuildCommand().Argv.ToArray());
        Assert.Equal(["crm_resource", "--output-as=xml", "--clear", "--resource=vip", "--node=n1", "--promoted"],
            new ClearResource("vip", "n1", Promoted: true).BuildCommand().Argv.ToArray());
        Assert.Equal(["crm_resource", "--output-as=xml", "--clear", "--expired", "--resource=vip"],
            new ClearExpired("vip").BuildCommand().Argv.ToArray());
        Assert.Equal(["crm_resource", "--output-as=xml", "--clear", "--expired"],
            new ClearExpired().BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Enable_and_disable_set_the_target_role_meta_attribute()
    {
        Assert.Equal(
            ["crm_resource", "--output-as=xml", "--resource=db", "--meta", "--set-parameter=target-role", "--parameter-value=Started"],
            new EnableResource("db").BuildCommand().Argv.ToArray());
        Assert.Equal(
            ["crm_resource", "--output-as=xml", "--resource=db", "--meta", "--set-parameter=target-role", "--parameter-value=Stopped"],
            new DisableResource("db").BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Manage_and_unmanage_set_the_is_managed_meta_attribute()
    {
        Assert.Equal(
            ["crm_resource", "--output-as=xml", "--resource=db", "--meta", "--set-parameter=is-managed", "--parameter-value=true"],
            new ManageResource("db").BuildCommand().Argv.ToArray());
        Assert.Equal(
            ["crm_resource", "--output-as=xml", "--resource=db", "--meta", "--set-parameter=is-managed", "--parameter-value=false"],
            new UnmanageResource("db").BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void Restart_uses_crm_resource_restart_with_a_long_timeout()
    {
        var command = new RestartResource("vip").BuildCommand();
        Assert.Equal(["crm_resource", "--output-as=xml", "--restart", "--resource=vip"], command.Argv.ToArray());
        Assert.True(command.Timeout >= TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void Ticket_grant_and_revoke_pass_force_because_the_executor_confirms_instead()
    {
        Assert.Equal(["crm_ticket", "--ticket=ticketA", "--grant", "--force"], new GrantTicket("ticketA").BuildCommand().Argv.ToArray());
        Assert.Equal(["crm_ticket", "--ticket=ticketA", "--revoke", "--force"], new RevokeTicket("ticketA").BuildCommand().Argv.ToArray());
    }

    [Fact]
    public void A_resource_name_starting_with_a_dash_is_the_value_of_resource()
    {
        var argv = new DisableResource("-x").BuildCommand().Argv;
        Assert.Equal("--resource=-x", argv[2]);
        Assert.DoesNotContain("-x", argv);
    }
}
