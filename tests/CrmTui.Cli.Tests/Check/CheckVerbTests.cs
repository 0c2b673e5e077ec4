using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Cli.Tests.Check;

public sealed class CheckVerbTests
{
    [Fact]
    public async Task A_healthy_cluster_is_exit_0_with_one_OK_line_and_perfdata()
    {
        var (exit, output, _) = await VerbRun.RunAsync(CheckVerb.Create(), ["--xml-file", Corpus.Fixture("healthy.xml")]);

        Assert.Equal(0, exit);
        Assert.Equal(
            "CLUSTER OK - 2/2 nodes online, 9/9 resource instances active | 'nodes_online'=2;;;0 'nodes_offline'=0;1;;0 'nodes_unclean'=0;1;1;0 "
            + "'nodes_standby'=0;;;0 'nodes_maintenance'=0;;;0 'resources_active'=9;;;0 'resources_stopped'=0;1;1;0 'failed_actions'=0;1;1;0 "
            + "'fencing_pending'=0;1;;0 'fencing_failed'=0;1;1;0\n",
            output);
    }

    [Fact]
    public async Task A_troubled_cluster_is_exit_2_and_puts_critical_findings_first()
    {
        var (exit, output, _) = await VerbRun.RunAsync(CheckVerb.Create(), ["--xml-file", Corpus.Fixture("trouble.xml")]);

        Assert.Equal(2, exit);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("CLUSTER CRITICAL - 2 failed actions: app 10s-interval monitor on alpha returned 'not running'", output);
        Assert.Contains("STONITH is disabled", output);
        Assert.Contains("'failed_actions'=2;1;1;0", output);
    }

    [Fact]
    public async Task Threshold_options_turn_critical_rules_into_warnings()
    {
        var (exit, output, _) = await VerbRun.RunAsync(CheckVerb.Create(),
        [
            "--xml-file", Corpus.Fixture("trouble.xml"),
            "--crit-failed-actions", "3", "--crit-stopped", "0", "--crit-unclean", "0", "--crit-fencing-failed", "0", "--quorum-lost", "warning",
        ]);

        Assert.Equal(1, exit);
        Assert.StartsWith("CLUSTER WARNING - ", output);
        Assert.Contains("'failed_actions'=2;1;3;0", output);
    }

    [Fact]
    public async Task Rules_set_to_ok_are_not_reported()
    {
        var (exit, output, _) = await VerbRun.RunAsync(CheckVerb.Create(),
        [
            "--xml-file", Corpus.Fixture("trouble.xml"),
            "--warn-failed-actions", "0", "--crit-failed-actions", "0", "--warn-stopped", "0", "--crit-stopped", "0",
            "--warn-unclean", "0", "--crit-unclean", "0", "--warn-offline", "0", "--warn-fencing-pending", "0",
            "--warn-fencing-failed", "0", "--crit-fencing-failed", "0",
            "--quorum-lost", "ok", "--maintenance", "ok", "--stonith-disabled", "ok",
        ]);

        Assert.Equal(0, exit);
        Assert.StartsWith("CLUSTER OK - 2/4 nodes online, 1/3 resource instances active", output);
    }

    [Theory]
    [InlineData("missing.xml")]
    [InlineData("truncated.xml")]
    [InlineData("refused.xml")]
    public async Task No_usable_status_is_exit_3_UNKNOWN(string fixture)
    {
        var (exit, output, _) = await VerbRun.RunAsync(CheckVerb.Create(), ["--xml-file", Corpus.Fixture(fixture)]);

        Assert.Equal(3, exit);
        Assert.StartsWith("CLUSTER UNKNOWN - ", output);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task An_unreachable_host_is_UNKNOWN()
    {
        var runner = new RecordingRunner("n1").Throws(_ => true, TransportFailure.ConnectionFailed, "n1: connection refused");

        var (exit, output, _) = await VerbRun.RunAsync(CheckVerb.Create(_ => runner), ["--host", "n1"]);

        Assert.Equal(3, exit);
        Assert.Equal("CLUSTER UNKNOWN - cannot run crm_mon on n1: n1: connection refused\n", output);
    }

    [Fact]
    public async Task A_negative_threshold_is_a_usage_error()
    {
        var (exit, _, error) = await VerbRun.RunAsync(CheckVerb.Create(), ["--xml-file", "x", "--warn-offline", "-1"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("--warn-offline", error);
    }
}
