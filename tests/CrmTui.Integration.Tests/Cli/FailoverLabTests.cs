using System.Diagnostics;
using System.Globalization;
using CrmTui.Cli.Verbs;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands.Status;
using CrmTui.Integration.Tests.Commands;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Cli;

/// <summary>
/// Failover between two real hosts whose Pacemaker both answer: the fixture's lab (node-a) and
/// a second lab started for this test (node-b), both reached with the real ssh client under
/// strict host key checking. Pacemaker is stopped on the serving host, not on a host that never
/// had it: the next status call must come from node-b (the requirement is 5 seconds: printed, and
/// failed above 9), and say so and why —
/// for the dashboard's long-lived runner and for a fresh <c>crmtui status --once</c> process.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class FailoverLabTests(SingleNodeLab lab, ITestOutputHelper output)
{
    // The requirement is 5 s, printed against each figure. The failing bound leaves room for CI's
    // slower machine (once 2x) and stays under the 10 s status timeout: a failover that waits the
    // timeout out on the stopped host, instead of moving on when its crm_mon refuses, fails.
    private static readonly TimeSpan s_takeover = TimeSpan.FromSeconds(9);

    [LabFact]
    public async Task When_Pacemaker_stops_on_the_serving_host_the_next_status_is_served_by_the_second_host_and_says_why()
    {
        lab.EnsureUp();
        await using var second = await ExtraLab.StartAsync(lab.LabName + "b");
        await using var cluster = new LabCluster(lab, LabTransports.Local, output);
        using var crmtui = new CrmTuiExecutable();
        var config = WriteSshConfig(crmtui.StateHome, second);
        string[] status = ["status", "--once", "--ssh-config", config, "--host", "node-a", "--host", "node-b"];
        var host = new LocalProcessRunner();
        await using var runner = (FailoverRunner)ClusterRunners.Create(new ClusterTarget { Hosts = ["node-a", "node-b"], SshConfig = config });
        var query = new ClusterStatusQuery(runner, new StatusQueryOptions(Timeout: TimeSpan.FromSeconds(10)));
        var changes = new List<HostChange>();
        runner.HostChanged += (_, change) => changes.Add(change);
        await cluster.WaitForAsync("lab settled", s => s.IsFullySettled());
        try
        {
            // Given both hosts answer: the first one serves, and nothing is noted
            var before = await query.QueryAsync();
            Assert.True(before.Succeeded, before.Error);
            Assert.Equal("ssh node-a", runner.Target);
            Assert.Null(ClusterRunners.FailoverNote(runner));
            var cliBefore = await crmtui.RunAsync(host, status);
            output.WriteLine(CrmTuiExecutable.Describe(cliBefore));
            Assert.True(cliBefore.ExitCode == StatusExitCode.Ok, CrmTuiExecutable.Describe(cliBefore));
            Assert.Equal("", cliBefore.Stderr);

            // When Pacemaker stops on the serving host (corosync and sshd keep running there)
            await lab.StopPacemakerAsync();

            // Then the long-lived runner's next status call is served by node-b, soon
            var clock = Stopwatch.StartNew();
            var after = await query.QueryAsync();
            var took = clock.Elapsed;
            output.WriteLine($"runner: {took.TotalMilliseconds:0} ms (target 5 s); {ClusterRunners.FailoverNote(runner)}");
            Assert.True(after.Succeeded, after.Error);
            Assert.True(took < s_takeover, $"took {took}");
            Assert.Equal("ssh node-b", runner.Target);
            var change = Assert.Single(changes, c => c.Current.Target == "ssh node-b");
            Assert.Contains("ssh node-a", change.Reason);
            Assert.Contains("Pacemaker did not answer", change.Reason);
            Assert.StartsWith("served by ssh node-b: ", ClusterRunners.FailoverNote(runner));

            // And a fresh crmtui status --once is served by node-b as soon, saying which and why
            var cliAfter = await crmtui.RunAsync(host, status);
            output.WriteLine($"fresh process: {cliAfter.Duration.TotalMilliseconds:0} ms (target 5 s); " + CrmTuiExecutable.Describe(cliAfter));
            Assert.True(cliAfter.ExitCode == StatusExitCode.Ok, CrmTuiExecutable.Describe(cliAfter));
            Assert.True(cliAfter.Duration < s_takeover, CrmTuiExecutable.Describe(cliAfter));
            Assert.Contains($"* Node {lab.NodeName}: online", cliAfter.Stdout);
            var note = Assert.Single(cliAfter.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("served by ssh node-b: ", note);
            Assert.Contains("skipped ssh node-a: Pacemaker did not answer on ssh node-a", note);
        }
        finally
        {
            await lab.StartPacemakerAsync();
            await cluster.WaitForAsync("lab settled after Pacemaker came back", s => s.IsFullySettled());
        }
    }

    // node-a is the fixture's lab, node-b the second one; each checked strictly against its own
    // known_hosts, the user's own ssh config and agent left out.
    private string WriteSshConfig(string directory, ExtraLab second)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "ssh_config");
        string[] lines =
        [
            "Host node-a",
            $"  HostName {lab.NodeAddress}",
            $"  Port {lab.SshPort.ToString(CultureInfo.InvariantCulture)}",
            $"  User {lab.SshUser}",
            $"  IdentityFile {lab.IdentityFile}",
            $"  UserKnownHostsFile {lab.KnownHostsFile}",
            "Host node-b",
            $"  HostName {second.NodeAddress}",
            $"  Port {second.SshPort.ToString(CultureInfo.InvariantCulture)}",
            $"  User {second.SshUser}",
            $"  IdentityFile {second.IdentityFile}",
            $"  UserKnownHostsFile {second.KnownHostsFile}",
            "Host *",
            "  GlobalKnownHostsFile /dev/null",
            "  StrictHostKeyChecking yes",
            "  IdentitiesOnly yes",
            "  IdentityAgent none",
            "",
        ];
        File.WriteAllText(path, string.Join('\n', lines));
        return path;
    }
}
