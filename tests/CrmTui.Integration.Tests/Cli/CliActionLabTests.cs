using CrmTui.Cli.Verbs.Actions;
using CrmTui.Integration.Tests.Commands;
using CrmTui.Integration.Tests.Lab;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Cli;

/// <summary>
/// crmtui's action verbs and <c>check</c> against the real lab cluster, run in process exactly
/// as the executable parses them; every change is verified in crm_mon's next XML and undone.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class CliActionLabTests(SingleNodeLab lab, ITestOutputHelper output)
{
    private const string FailingResource = "dummy1";

    [LabFact]
    public Task Node_standby_and_unstandby_over_ssh() => StandbyRoundTripAsync(CliRun.Real(), CliRun.SshArgs(lab));

    [LabFact]
    public Task Node_standby_and_unstandby_locally() => StandbyRoundTripAsync(CliRun.Local(lab), []);

    [LabFact]
    public async Task Check_is_OK_then_CRITICAL_naming_the_failed_resource_then_OK_after_crmtui_cleanup()
    {
        await using var cluster = new LabCluster(lab, LabTransports.Local, output);
        using var cli = CliRun.Real();
        // The lab runs without fencing on purpose: that rule is not what this test is about.
        string[] check = ["check", "--stonith-disabled", "ok", .. CliRun.SshArgs(lab)];
        try
        {
            // Given a settled, healthy lab
            await cluster.WaitForAsync("lab settled", Settled);
            await cluster.WaitIdleAsync("the previous test");
            var ok = await cli.RunAsync(check);
            output.WriteLine(ok.ToString());
            Assert.True(ok.Exit == 0, ok.ToString());
            Assert.StartsWith("CLUSTER OK - ", ok.Output);

            // When a monitor failure is reported
            var fail = await cluster.RawAsync("crm_resource", "--fail", "--resource", FailingResource, "--node", cluster.Node);
            Assert.True(fail.Succeeded, fail.Stderr);
            await cluster.WaitForAsync("failure recorded", s => s.Failures.Any(f => f.Resource == FailingResource)
                && s.NodeHistory.Any(h => h.Resources.Any(r => r.Id == FailingResource && r.FailCountValue > 0))
                && s.IsStarted(FailingResource));
            await cluster.WaitIdleAsync("the failure's recovery");

            // Then check is CRITICAL and names it
            var critical = await cli.RunAsync(check);
            output.WriteLine(critical.ToString());
            Assert.True(critical.Exit == 2, critical.ToString());
            Assert.StartsWith("CLUSTER CRITICAL - 1 failed action: dummy1 ", critical.Output);
            Assert.Single(critical.Output.TrimEnd('\n').Split('\n'));

            // When crmtui cleans it up, check is OK again
            var cleanup = await cli.RunAsync(["resource", "cleanup", FailingResource, .. CliRun.SshArgs(lab)]);
            output.WriteLine(cleanup.ToString());
            Assert.True(cleanup.Exit == ActionExitCode.Done, cleanup.ToString());
            Assert.Equal($"Clean up the failures of {FailingResource}: done\n", cleanup.Output);
            // The cleanup re-probes dummy1: check judges the whole cluster, so wait for all of it.
            await cluster.WaitForAsync("failure gone", Settled);
            await cluster.WaitIdleAsync("the cleanup");
            var again = await cli.RunAsync(check);
            output.WriteLine(again.ToString());
            Assert.True(again.Exit == 0, again.ToString());
        }
        finally
        {
            await cluster.RawAsync("crm_resource", "--cleanup", "--resource", FailingResource);
            await cluster.WaitForAsync("lab settled after the test", Settled);
        }
    }

    private async Task StandbyRoundTripAsync(CliRun cli, string[] target)
    {
        using var _ = cli;
        await using var cluster = new LabCluster(lab, LabTransports.Local, output);
        var node = cluster.Node;
        try
        {
            await cluster.WaitForAsync("lab settled", Settled);

            var standby = await cli.RunAsync(["node", "standby", node, .. target]);
            output.WriteLine(standby.ToString());
            Assert.True(standby.Exit == ActionExitCode.Done, standby.ToString());
            Assert.Equal($"Put node {node} in standby: done\n", standby.Output);
            await cluster.WaitForAsync("node in standby", s => s.Node(node).Standby);

            // The availability check reads the live cluster.
            var again = await cli.RunAsync(["node", "standby", node, .. target]);
            Assert.True(again.Exit == ActionExitCode.Unavailable, again.ToString());
            Assert.Equal($"Put node {node} in standby: not available, {node} is already in standby\n", again.Error);

            var unstandby = await cli.RunAsync(["node", "unstandby", node, "-o", "json", .. target]);
            output.WriteLine(unstandby.ToString());
            Assert.True(unstandby.Exit == ActionExitCode.Done, unstandby.ToString());
            Assert.Contains("\"outcome\":\"succeeded\"", unstandby.Output);
            await cluster.WaitForAsync("node out of standby", s => !s.Node(node).Standby && s.IsStarted("dummy2"));

            // Both runs are in the audit log, with the argv that ran.
            var audit = File.ReadAllLines(cli.AuditPath);
            Assert.Equal(2, audit.Length);
            Assert.Contains("\"action\":\"node.standby\"", audit[0]);
            Assert.Contains("\"action\":\"node.unstandby\"", audit[1]);
        }
        finally
        {
            await cluster.RawAsync("crm_attribute", "--node", node, "--name", "standby", "--delete", "--lifetime", "forever");
            await cluster.WaitForAsync("lab settled after the test", Settled);
        }
    }

    private static bool Settled(Core.Model.ClusterSnapshot s) => s.IsFullySettled();
}
