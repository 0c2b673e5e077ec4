using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Tests.Support;
using CrmTui.Transport;

namespace CrmTui.Commands.Tests.Execution;

public sealed class ExecutorTests
{
    [Fact]
    public async Task A_successful_action_runs_its_argv_once_and_reports_success()
    {
        var fixture = new ExecutorFixture();
        fixture.Runner.WhenProgram("crm_attribute", stdout: "<pacemaker-result><status code=\"0\" message=\"OK\"/></pacemaker-result>");

        var outcome = await fixture.Executor.RunAsync(new StandbyNode("n1"), new ActionRequest());

        Assert.Equal(OutcomeKind.Succeeded, outcome.Kind);
        Assert.True(outcome.Succeeded);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("Put node n1 in standby: done", outcome.Summary);
        var call = Assert.Single(fixture.Runner.Calls);
        Assert.Equal(new StandbyNode("n1").BuildCommand().Argv.ToArray(), call.Argv.ToArray());
    }

    [Fact]
    public async Task A_failed_command_is_a_failed_outcome_with_the_tools_xml_error()
    {
        var fixture = new ExecutorFixture();
        fixture.Runner.WhenProgram("crm_resource", exitCode: 105, stdout: """
            <pacemaker-result api-version="2.25" request="crm_resource">
              <status code="105" message="No such object">
                <errors>
                  <error>crm_resource: Resource 'nope' not found
            Error performing operation: No such object</error>
                </errors>
              </status>
            </pacemaker-result>
            """);

        var outcome = await fixture.Executor.RunAsync(new DisableResource("nope"));

        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.Equal(105, outcome.ExitCode);
        Assert.Equal(
            "Disable nope: stop it and keep it stopped (target-role Stopped): failed (exit 105): "
            + "crm_resource: Resource 'nope' not found Error performing operation: No such object",
            outcome.Summary);
    }

    [Fact]
    public async Task An_error_status_in_the_xml_fails_the_outcome_even_when_the_exit_code_is_zero()
    {
        var fixture = new ExecutorFixture();
        fixture.Runner.WhenProgram("crm_resource", exitCode: 0,
            stdout: "<pacemaker-result><status code=\"70\" message=\"Internal software bug\"><errors><error>boom</error></errors></status></pacemaker-result>");

        var outcome = await fixture.Executor.RunAsync(new RestartResource("vip"));

        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.EndsWith("failed (exit 0): boom", outcome.Summary);
    }

    [Fact]
    public async Task An_xml_status_without_error_text_is_completed_by_stderr()
    {
        var fixture = new ExecutorFixture();
        fixture.Runner.WhenProgram("crm_resource", exitCode: 105, stderr: "Resource 'x' not found\n",
            stdout: "<pacemaker-result><status code=\"105\" message=\"No such object\"><errors><error/></errors></status></pacemaker-result>");

        var outcome = await fixture.Executor.RunAsync(new DisableResource("x"));

        Assert.EndsWith("failed (exit 105): Resource 'x' not found (No such object)", outcome.Summary);
    }

    [Fact]
    public async Task A_text_tool_failure_is_explained_by_the_first_stderr_line()
    {
        var fixture = new ExecutorFixture(policy: ConfirmationPolicy.None);
        fixture.Runner.WhenProgram("crm_ticket", exitCode: 4, stderr: "crm_ticket: Ticket modification not allowed\nmore");

        var outcome = await fixture.Executor.RunAsync(new CrmTui.Commands.Actions.Tickets.GrantTicket("t1"));

        Assert.EndsWith("failed (exit 4): crm_ticket: Ticket modification not allowed", outcome.Summary);
    }

    [Fact]
    public async Task A_transport_failure_becomes_a_failed_outcome_with_its_message()
    {
        var fixture = new ExecutorFixture();
        fixture.Runner.Throws(_ => true, TransportFailure.ConnectionFailed, "ssh node1: connection refused on port 22");

        var outcome = await fixture.Executor.RunAsync(new CleanupResource("vip"));

        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.Null(outcome.ExitCode);
        Assert.Equal("Clean up the failures of vip: could not run on ssh node1: ssh node1: connection refused on port 22", outcome.Summary);
        var entry = Assert.Single(fixture.Audit.Entries);
        Assert.Null(entry.ExitCode);
    }

    [Fact]
    public async Task Cancellation_propagates_and_is_not_turned_into_an_outcome()
    {
        var fixture = new ExecutorFixture();
        fixture.Runner.RespondAsync(_ => true, async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new CommandResult(0, "", "", TimeSpan.Zero);
        });
        using var cts = new CancellationTokenSource();

        var run = fixture.Executor.RunAsync(new CleanupResource("vip"), null, cts.Token);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task An_invalid_request_runs_nothing_and_says_why()
    {
        var fixture = new ExecutorFixture();

        var outcome = await fixture.Executor.RunAsync(new MoveResource("vip", "n2", "ten minutes"));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains("\"ten minutes\" is not an ISO 8601 duration", outcome.Summary);
        Assert.Empty(fixture.Runner.Calls);
    }

    [Fact]
    public async Task An_action_unavailable_on_the_given_snapshot_runs_nothing()
    {
        var fixture = new ExecutorFixture();
        var snapshot = new SnapshotBuilder().Node("node3", standby: true).Build();

        var outcome = await fixture.Executor.RunAsync(new StandbyNode("node3"), new ActionRequest(Snapshot: snapshot));

        Assert.Equal(OutcomeKind.Unavailable, outcome.Kind);
        Assert.Equal("Put node node3 in standby: not available, node3 is already in standby", outcome.Summary);
        Assert.Empty(fixture.Runner.Calls);
    }

    [Fact]
    public async Task Without_a_snapshot_only_the_request_is_checked()
    {
        var fixture = new ExecutorFixture();

        var outcome = await fixture.Executor.RunAsync(new StandbyNode("node3"));

        Assert.True(outcome.Succeeded);
    }
}
