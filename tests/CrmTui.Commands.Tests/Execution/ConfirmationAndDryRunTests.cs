using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Commands.Execution;

namespace CrmTui.Commands.Tests.Execution;

public sealed class ConfirmationAndDryRunTests
{
    [Fact]
    public async Task A_destructive_action_is_refused_without_confirmation_under_the_cli_policy()
    {
        var fixture = new ExecutorFixture(policy: ConfirmationPolicy.Destructive);

        var outcome = await fixture.Executor.RunAsync(new FenceNode("n2"), new ActionRequest(Confirmed: false));

        Assert.Equal(OutcomeKind.NeedsConfirmation, outcome.Kind);
        Assert.Equal("Fence node n2: reboot it: destructive action, not confirmed", outcome.Summary);
        Assert.Equal("stonith_admin --output-as=xml --reboot=n2", outcome.FormattedCommand);
        Assert.Empty(fixture.Runner.Calls);
        Assert.Empty(fixture.Audit.Entries);
    }

    [Fact]
    public async Task A_confirmed_destructive_action_runs()
    {
        var fixture = new ExecutorFixture(policy: ConfirmationPolicy.Destructive);

        var outcome = await fixture.Executor.RunAsync(new FenceNode("n2"), new ActionRequest(Confirmed: true));

        Assert.True(outcome.Succeeded);
        Assert.Single(fixture.Runner.Calls);
    }

    [Fact]
    public async Task The_cli_policy_lets_disruptive_actions_run_unconfirmed()
    {
        var fixture = new ExecutorFixture(policy: ConfirmationPolicy.Destructive);

        var outcome = await fixture.Executor.RunAsync(new StandbyNode("n1"));

        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task The_dashboard_policy_wants_confirmation_for_disruptive_actions_but_not_safe_ones()
    {
        var fixture = new ExecutorFixture(policy: ConfirmationPolicy.DisruptiveAndDestructive);

        var standby = await fixture.Executor.RunAsync(new StandbyNode("n1"));
        var cleanup = await fixture.Executor.RunAsync(new CleanupResource("vip"));

        Assert.Equal(OutcomeKind.NeedsConfirmation, standby.Kind);
        Assert.Equal(OutcomeKind.Succeeded, cleanup.Kind);
        Assert.Equal(["crm_resource", "--output-as=xml", "--cleanup", "--resource=vip"], Assert.Single(fixture.Runner.Calls).Argv.ToArray());
    }

    [Fact]
    public void The_policy_question_can_be_asked_before_showing_a_dialog()
    {
        var executor = new ExecutorFixture(policy: ConfirmationPolicy.DisruptiveAndDestructive).Executor;
        Assert.True(executor.NeedsConfirmation(new ClusterMaintenance(On: true)));
        Assert.False(executor.NeedsConfirmation(new ClearResource("vip")));
        Assert.False(new ExecutorFixture(policy: ConfirmationPolicy.None).Executor.NeedsConfirmation(new FenceNode("n1")));
    }

    [Fact]
    public async Task Dry_run_returns_the_formatted_command_and_runs_nothing()
    {
        var fixture = new ExecutorFixture();

        var outcome = await fixture.Executor.RunAsync(new MoveResource("my vip", "n2", "PT10M"), new ActionRequest(DryRun: true));

        Assert.Equal(OutcomeKind.DryRun, outcome.Kind);
        Assert.False(outcome.Ran);
        Assert.Equal(fixture.Runner.Format(outcome.Command!), outcome.Summary);
        Assert.Equal("crm_resource --output-as=xml --move '--resource=my vip' --node=n2 --lifetime=PT10M", outcome.Summary);
        Assert.Empty(fixture.Runner.Calls);
        Assert.Empty(fixture.Audit.Entries);
    }

    [Fact]
    public void The_preview_for_a_confirmation_dialog_is_the_line_that_would_run()
    {
        var fixture = new ExecutorFixture(policy: ConfirmationPolicy.DisruptiveAndDestructive);

        Assert.Equal("crm_attribute --output-as=xml --node=n1 --name=standby --update=on --lifetime=forever",
            fixture.Executor.Preview(new StandbyNode("n1")));
        Assert.Null(fixture.Executor.Preview(new StandbyNode("")));
        Assert.Null(new ExecutorFixture(readOnly: true).Executor.Preview(new StandbyNode("n1")));
        Assert.Empty(fixture.Runner.Calls);
    }

    [Fact]
    public async Task Dry_run_of_a_destructive_action_needs_no_confirmation()
    {
        var fixture = new ExecutorFixture();

        var outcome = await fixture.Executor.RunAsync(new FenceNode("n2", FenceMode.Off), new ActionRequest(DryRun: true));

        Assert.Equal(OutcomeKind.DryRun, outcome.Kind);
        Assert.Equal("stonith_admin --output-as=xml --fence=n2", outcome.Summary);
    }
}
