using CrmTui.Cli.Verbs.Actions;
using CrmTui.Integration.Tests.Commands;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Cli;

/// <summary>
/// <c>crmtui check</c> as a monitoring system runs it: the built executable (Program → CliApp →
/// the check verb → a real transport → the lab's crm_mon), over ssh from the host and locally on
/// the node itself, on a healthy lab, after <c>crm_resource --fail</c>, and after
/// <c>crmtui resource cleanup</c> run the same way.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class CheckExecutableLabTests(SingleNodeLab lab, ITestOutputHelper output)
{
    private const string FailingResource = "dummy1";

    // The lab runs without fencing on purpose: that rule is not what this test is about.
    private static readonly string[] s_check = ["check", "--stonith-disabled", "ok"];

    [LabFact]
    public async Task The_executable_says_OK_then_CRITICAL_naming_the_failed_resource_then_OK_after_its_own_cleanup()
    {
        await using var cluster = new LabCluster(lab, LabTransports.Local, output);
        using var crmtui = new CrmTuiExecutable();
        var host = new LocalProcessRunner();
        string[] overSsh = [.. s_check, .. CliRun.SshArgs(lab)];
        try
        {
            // Given a lab with every resource running and nothing failed
            await cluster.WaitForAsync("lab settled", s => s.IsFullySettled());
            await cluster.WaitIdleAsync("the previous test");

            // When check runs over ssh and on the node, Then both say OK
            await AssertCheckAsync(crmtui, host, overSsh, 0, "CLUSTER OK - ");
            await AssertCheckAsync(crmtui, lab.Runner, s_check, 0, "CLUSTER OK - ");

            // When a monitor failure is reported
            var fail = await cluster.RawAsync("crm_resource", "--fail", "--resource", FailingResource, "--node", cluster.Node);
            Assert.True(fail.Succeeded, fail.Stderr);
            await cluster.WaitForAsync("failure recorded", s => s.Failures.Any(f => f.Resource == FailingResource)
                && s.NodeHistory.Any(h => h.Resources.Any(r => r.Id == FailingResource && r.FailCountValue > 0))
                && s.IsStarted(FailingResource));
            await cluster.WaitIdleAsync("the failure's recovery");

            // Then both say CRITICAL on one line naming it
            await AssertCheckAsync(crmtui, host, overSsh, 2, $"CLUSTER CRITICAL - 1 failed action: {FailingResource} ");
            await AssertCheckAsync(crmtui, lab.Runner, s_check, 2, $"CLUSTER CRITICAL - 1 failed action: {FailingResource} ");

            // When the executable cleans it up over ssh
            var cleanup = await crmtui.RunAsync(host, ["resource", "cleanup", FailingResource, .. CliRun.SshArgs(lab)]);
            output.WriteLine(CrmTuiExecutable.Describe(cleanup));
            Assert.True(cleanup.ExitCode == ActionExitCode.Done, CrmTuiExecutable.Describe(cleanup));
            Assert.Equal($"Clean up the failures of {FailingResource}: done\n", cleanup.Stdout);
            var audit = Assert.Single(File.ReadAllLines(crmtui.AuditPath));
            Assert.Contains("\"action\":\"resource.cleanup\"", audit);
            Assert.Contains("\"exit_code\":0", audit);

            // Then, once Pacemaker has acted on it, both say OK again
            await cluster.WaitForAsync("failure gone", s => s.IsFullySettled());
            await cluster.WaitIdleAsync("the cleanup");
            await AssertCheckAsync(crmtui, host, overSsh, 0, "CLUSTER OK - ");
            await AssertCheckAsync(crmtui, lab.Runner, s_check, 0, "CLUSTER OK - ");

            // And every ssh master the executable opened was closed (ssh -O exit) when it exited
            Assert.Empty(Directory.Exists(crmtui.ControlDirectory) ? Directory.GetFileSystemEntries(crmtui.ControlDirectory) : []);
        }
        finally
        {
            await cluster.RawAsync("crm_resource", "--cleanup", "--resource", FailingResource);
            await cluster.WaitForAsync("lab settled after the test", s => s.IsFullySettled());
        }
    }

    private async Task AssertCheckAsync(CrmTuiExecutable crmtui, ICommandRunner where, string[] args, int exit, string start)
    {
        var result = await crmtui.RunAsync(where, args);
        output.WriteLine($"[{where.Target}] {CrmTuiExecutable.Describe(result)}");
        Assert.True(result.ExitCode == exit, CrmTuiExecutable.Describe(result));
        Assert.StartsWith(start, result.Stdout);
        Assert.Contains(" | 'nodes_online'=1;", result.Stdout);
        Assert.Single(result.Stdout.TrimEnd('\n').Split('\n'));
    }
}
