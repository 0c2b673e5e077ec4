using System.Text.Json;
using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs.Actions;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Cli.Tests.Actions;

public sealed class ActionVerbOutcomeTests
{
    private const string CrmAttributeError =
        "<pacemaker-result api-version=\"2.25\" request=\"crm_attribute\"><status code=\"105\" message=\"No such object\">"
        + "<errors><error>crm_attribute: Error performing operation: No such device or address</error></errors></status></pacemaker-result>";

    [Fact]
    public async Task An_unavailable_action_reports_the_reason_and_runs_nothing()
    {
        var runner = ActionFixtures.Cluster(ActionFixtures.Trouble);

        var (exit, output, error) = await ActionFixtures.RunAsync(runner, "node", "standby", "gamma");

        Assert.Equal(ActionExitCode.Unavailable, exit);
        Assert.Equal("", output);
        Assert.Equal("Put node gamma in standby: not available, gamma is already in standby\n", error);
        Assert.Equal(["crm_mon"], runner.Calls.Select(c => c.Program));
    }

    [Fact]
    public async Task A_destructive_action_without_yes_says_so_and_shows_the_command()
    {
        var runner = ActionFixtures.Cluster(ActionFixtures.Healthy);

        var (exit, _, error) = await ActionFixtures.RunAsync(runner, "node", "fence", "beta");

        Assert.Equal(ActionExitCode.NeedsConfirmation, exit);
        Assert.Equal("Fence node beta: reboot it: destructive action, not confirmed; add --yes to run: stonith_admin --output-as=xml --reboot=beta\n", error);
        Assert.Equal(["crm_mon"], runner.Calls.Select(c => c.Program));
    }

    [Fact]
    public async Task A_disruptive_action_needs_no_yes()
    {
        var runner = ActionFixtures.Cluster(ActionFixtures.Healthy);

        var (exit, output, _) = await ActionFixtures.RunAsync(runner, "resource", "disable", "web-ip");

        Assert.Equal(ActionExitCode.Done, exit);
        Assert.Equal("Disable web-ip: stop it and keep it stopped (target-role Stopped): done\n", output);
    }

    [Theory]
    [InlineData("resource", "move", "web-ip", "--lifetime", "PT")]
    [InlineData("node", "standby", " alpha")]
    [InlineData("ticket", "grant", "")]
    public async Task An_invalid_request_is_exit_2_and_asks_the_cluster_nothing(params string[] args)
    {
        var runner = ActionFixtures.Cluster(ActionFixtures.Healthy);

        var (exit, output, error) = await ActionFixtures.RunAsync(runner, args);

        Assert.Equal(ActionExitCode.Invalid, exit);
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public async Task A_tool_failure_is_exit_6_with_the_tools_reason()
    {
        var runner = ActionFixtures.Cluster(ActionFixtures.Healthy).WhenProgram("crm_attribute", exitCode: 105, stdout: CrmAttributeError);

        var (exit, _, error) = await ActionFixtures.RunAsync(runner, "node", "standby", "alpha");

        Assert.Equal(ActionExitCode.Failed, exit);
        Assert.Equal("Put node alpha in standby: failed (exit 105): crm_attribute: Error performing operation: No such device or address\n", error);
    }

    [Fact]
    public async Task A_transport_failure_while_acting_is_exit_7()
    {
        var runner = ActionFixtures.Cluster(ActionFixtures.Healthy, "ssh n1")
            .Throws(c => c.Program == "crm_attribute", TransportFailure.Timeout, "crm_attribute on n1 did not finish within 30 s");

        var (exit, _, error) = await ActionFixtures.RunAsync(runner, "node", "standby", "alpha");

        Assert.Equal(ActionExitCode.Unreachable, exit);
        Assert.Equal("Put node alpha in standby: could not run on ssh n1: crm_attribute on n1 did not finish within 30 s\n", error);
    }

    [Fact]
    public async Task No_status_means_no_action_exit_7()
    {
        var runner = new RecordingRunner("local").WhenProgram("crm_mon", exitCode: 102,
            stderr: "crm_mon: Connection to cluster failed: Connection refused\n");

        var (exit, _, error) = await ActionFixtures.RunAsync(runner, "node", "standby", "alpha");

        Assert.Equal(ActionExitCode.Unreachable, exit);
        Assert.Equal("Put node alpha in standby: not run, no cluster status from local: crm_mon: Connection to cluster failed: Connection refused (exit 102)\n", error);
        Assert.Equal(["crm_mon"], runner.Calls.Select(c => c.Program));
    }

    [Fact]
    public async Task Json_output_is_one_object_with_the_outcome_argv_and_exit_code()
    {
        var runner = ActionFixtures.Cluster(ActionFixtures.Healthy);

        var (exit, output, error) = await ActionFixtures.RunAsync(runner, "resource", "cleanup", "web-ip", "-o", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(
            ["action", "target", "host", "outcome", "exit_code", "summary", "argv", "command", "tool_exit_code", "duration_ms", "stdout", "stderr", "failover"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("resource.cleanup", root.GetProperty("action").GetString());
        Assert.Equal("succeeded", root.GetProperty("outcome").GetString());
        Assert.Equal(0, root.GetProperty("tool_exit_code").GetInt32());
        Assert.Equal(["crm_resource", "--output-as=xml", "--cleanup", "--resource=web-ip"],
            root.GetProperty("argv").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Json_output_reports_a_refusal_on_stdout_with_its_exit_code()
    {
        var runner = ActionFixtures.Cluster(ActionFixtures.Trouble);

        var (exit, output, error) = await ActionFixtures.RunAsync(runner, "node", "unstandby", "alpha", "--output", "json");

        Assert.Equal(ActionExitCode.Unavailable, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("unavailable", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(ActionExitCode.Unavailable, json.RootElement.GetProperty("exit_code").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("argv").ValueKind);
    }

    [Theory]
    [InlineData("resource", "cleanup", "--node", "alpha")]
    [InlineData("resource", "cleanup", "app", "--operation", "monitor")]
    [InlineData("resource", "cleanup", "app", "--node", "alpha", "--interval", "10s")]
    [InlineData("resource", "cleanup", "app", "--node", "alpha", "--operation", "monitor", "--interval", "ten")]
    [InlineData("resource", "refresh", "--node", "alpha")]
    [InlineData("resource", "clear")]
    [InlineData("resource", "clear", "web", "--expired", "--node", "alpha")]
    [InlineData("resource", "move")]
    [InlineData("node", "standby", "alpha", "--lifetime", "week")]
    [InlineData("node", "fence", "alpha", "--action", "cycle")]
    [InlineData("cluster", "maintenance", "maybe")]
    [InlineData("node", "standby", "alpha", "--output", "yaml")]
    [InlineData("node", "standby", "alpha", "--host", "-oProxyCommand=x")]
    public async Task Bad_options_are_a_usage_error_and_run_nothing(params string[] args)
    {
        var runner = ActionFixtures.Cluster(ActionFixtures.Healthy);

        var (exit, _, error) = await ActionFixtures.RunAsync(runner, args);

        Assert.Equal(ActionExitCode.Usage, exit);
        Assert.NotEqual("", error);
        Assert.Empty(runner.Calls);
    }

    [Theory]
    [InlineData("10000", 10000)]
    [InlineData("10000ms", 10000)]
    [InlineData("10s", 10000)]
    [InlineData("2m", 120000)]
    [InlineData("1h", 3600000)]
    [InlineData("0", 0)]
    public void Operation_intervals_read_as_milliseconds(string text, long ms) =>
        Assert.Equal(ms, OperationInterval.TryParseMilliseconds(text));

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("-5s")]
    [InlineData("1.5s")]
    [InlineData("10 s")]
    [InlineData("99999999999999999999")]
    public void Bad_operation_intervals_are_refused(string text) =>
        Assert.Null(OperationInterval.TryParseMilliseconds(text));
}
