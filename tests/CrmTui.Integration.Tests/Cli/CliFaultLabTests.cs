using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CrmTui.Cli.Verbs;
using CrmTui.Cli.Verbs.Actions;
using CrmTui.Integration.Tests.Lab;
using CrmTui.TestKit.Sshd;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Cli;

/// <summary>
/// Failover and faults at the CLI level against the real lab and real ssh: which host served
/// and why, and for a closed port, an unknown host key and a command that never ends, the
/// documented exit code, one clear line, and no hang. Nothing here changes the lab.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class CliFaultLabTests(SingleNodeLab lab, ITestOutputHelper output)
{
    [LabFact]
    public async Task A_closed_first_host_is_skipped_and_stderr_says_which_host_served_and_why()
    {
        lab.EnsureUp();
        using var cli = CliRun.Real();
        var config = WriteSshConfig(cli, ("dead-node", "127.0.0.1", ClosedPort(), null, null, null));

        var result = await cli.RunAsync("status", "--once", "--ssh-config", config, "--host", "dead-node", "--host", "lab-node");
        output.WriteLine(result.ToString());

        Assert.True(result.Exit == StatusExitCode.Ok, result.ToString());
        Assert.Contains($"* Node {lab.NodeName}: online", result.Output);
        var note = Assert.Single(Lines(result.Error));
        Assert.StartsWith("served by ssh lab-node: ssh lab-node answered (skipped ssh dead-node: ", note);
    }

    [LabFact]
    public async Task A_first_host_whose_Pacemaker_is_not_running_is_skipped_for_the_next_one()
    {
        lab.EnsureUp();
        // The first host is this machine through a loopback sshd: ssh works there, but no
        // Pacemaker runs on it, so its crm_mon refuses, as on a node whose Pacemaker stopped.
        var own = await new LocalProcessRunner().RunAsync(CommandLine.Of("crm_mon", "--output-as=xml").WithTimeout(TimeSpan.FromSeconds(20)));
        Assert.True(own.ExitCode != 0, "this test needs a machine whose own Pacemaker is not running (its crm_mon answered)");
        using var sshd = LoopbackSshd.Start();
        using var cli = CliRun.Real();
        var config = WriteSshConfig(cli, ("stopped-node", LoopbackSshd.Host, sshd.Port, Environment.UserName, sshd.ClientKeyPath, sshd.KnownHostsPath));

        var status = await cli.RunAsync("status", "--once", "--ssh-config", config, "--host", "stopped-node", "--host", "lab-node", "-o", "json");
        var action = await cli.RunAsync("node", "unstandby", lab.NodeName, "--ssh-config", config, "--host", "stopped-node", "--host", "lab-node");
        output.WriteLine(status.ToString());
        output.WriteLine(action.ToString());

        Assert.True(status.Exit == StatusExitCode.Ok, status.ToString());
        Assert.Contains($"\"name\": \"{lab.NodeName}\"", status.Output);
        var note = Assert.Single(Lines(status.Error));
        Assert.StartsWith("served by ssh lab-node: ssh lab-node answered (skipped ssh stopped-node: Pacemaker did not answer on ssh stopped-node: ", note);
        // An action goes to the host that answers: here it reads the lab's state (not in standby).
        Assert.True(action.Exit == ActionExitCode.Unavailable, action.ToString());
        var actionLines = Lines(action.Error);
        Assert.Equal(2, actionLines.Length);
        Assert.Equal($"Take node {lab.NodeName} out of standby: not available, {lab.NodeName} is not in standby", actionLines[0]);
        Assert.StartsWith("served by ssh lab-node: ssh lab-node answered (skipped ssh stopped-node: Pacemaker did not answer", actionLines[1]);
    }

    [LabFact]
    public async Task A_closed_port_is_one_line_with_the_unreachable_exit_code_for_every_verb()
    {
        lab.EnsureUp();
        using var cli = CliRun.Real();
        string[] target = ["--host", "127.0.0.1", "--ssh-port", ClosedPort().ToString(CultureInfo.InvariantCulture), "--ssh-config", "none"];

        var status = await cli.RunAsync(["status", .. target]);
        var check = await cli.RunAsync(["check", .. target]);
        var action = await cli.RunAsync(["node", "standby", lab.NodeName, .. target]);
        foreach (var r in new[] { status, check, action })
            output.WriteLine(r.ToString());

        Assert.Equal((StatusExitCode.Unreachable, 3, ActionExitCode.Unreachable), (status.Exit, check.Exit, action.Exit));
        Assert.Matches("^cannot run crm_mon on ssh 127.0.0.1: .*(refused|connect)", Assert.Single(Lines(status.Error)));
        Assert.StartsWith("CLUSTER UNKNOWN - ", Assert.Single(Lines(check.Output)));
        Assert.StartsWith($"Put node {lab.NodeName} in standby: not run, no cluster status from ssh 127.0.0.1: ", Assert.Single(Lines(action.Error)));
        Assert.All([status, check, action], r => Assert.True(r.Elapsed < TimeSpan.FromSeconds(20), r.ToString()));
    }

    [LabFact]
    public async Task An_unknown_host_key_under_strict_checking_is_refused_with_one_line()
    {
        lab.EnsureUp();
        using var cli = CliRun.Real();
        var empty = Path.Combine(cli.Directory, "known_hosts.empty");
        File.WriteAllText(empty, "");

        var status = await cli.RunAsync(["status", .. CliRun.SshArgs(lab, knownHosts: empty)]);
        var action = await cli.RunAsync(["node", "standby", lab.NodeName, .. CliRun.SshArgs(lab, knownHosts: empty)]);
        output.WriteLine(status.ToString());
        output.WriteLine(action.ToString());

        Assert.Equal((StatusExitCode.Unreachable, ActionExitCode.Unreachable), (status.Exit, action.Exit));
        Assert.Contains("host key", Assert.Single(Lines(status.Error)), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("host key", Assert.Single(Lines(action.Error)), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(action.Output);
    }

    [LabFact]
    public async Task A_crm_mon_that_never_ends_is_killed_at_the_timeout_over_ssh_and_locally()
    {
        lab.EnsureUp();
        using var cli = CliRun.Real();
        // crm_mon opening a FIFO with no writer blocks for ever; the lab shares the host's /tmp.
        var fifo = Path.Combine(Path.GetTempPath(), "crmtui-it-fifo-" + Guid.NewGuid().ToString("N"));
        var made = await new LocalProcessRunner().RunAsync(CommandLine.Of("mkfifo", fifo));
        Assert.True(made.ExitCode == 0, made.Stderr);
        try
        {
            var ssh = await cli.RunAsync(["status", "--cib-file", fifo, "--timeout", "2", .. CliRun.SshArgs(lab)]);
            var local = await cli.RunAsync("status", "--cib-file", fifo, "--timeout", "2");
            output.WriteLine(ssh.ToString());
            output.WriteLine(local.ToString());

            Assert.Equal((StatusExitCode.Unreachable, StatusExitCode.Unreachable), (ssh.Exit, local.Exit));
            Assert.Contains("did not finish within 2 s", Assert.Single(Lines(ssh.Error)));
            Assert.Contains("2 s", Assert.Single(Lines(local.Error)));
            Assert.All([ssh, local], r => Assert.InRange(r.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(15)));
        }
        finally
        {
            // A remote crm_mon may still wait on the FIFO (ssh was killed, not its session's
            // process): give it a writer so it ends, then remove the FIFO.
            await new LocalProcessRunner().RunAsync(CommandLine.Of("timeout", "2", "sh", "-c", "printf x > \"$1\"", "sh", fifo)
                .WithTimeout(TimeSpan.FromSeconds(10)));
            File.Delete(fifo);
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // An ssh_config with "lab-node" (the lab's sshd) and the given first host, every host
    // checked strictly against its own known_hosts.
    private string WriteSshConfig(CliRun cli, (string Alias, string Address, int Port, string? User, string? Key, string? KnownHosts) first)
    {
        var path = Path.Combine(cli.Directory, "ssh_config");
        string[] lines =
        [
            $"Host {first.Alias}",
            $"  HostName {first.Address}",
            $"  Port {first.Port.ToString(CultureInfo.InvariantCulture)}",
            .. first.User is null ? Array.Empty<string>() : [$"  User {first.User}"],
            .. first.Key is null ? Array.Empty<string>() : [$"  IdentityFile {first.Key}"],
            $"  UserKnownHostsFile {first.KnownHosts ?? "/dev/null"}",
            "Host lab-node",
            $"  HostName {lab.NodeAddress}",
            $"  Port {lab.SshPort.ToString(CultureInfo.InvariantCulture)}",
            $"  User {lab.SshUser}",
            $"  IdentityFile {lab.IdentityFile}",
            $"  UserKnownHostsFile {lab.KnownHostsFile}",
            "Host *",
            "  GlobalKnownHostsFile /dev/null",
            "  StrictHostKeyChecking yes",
            "  IdentitiesOnly yes",
            "  IdentityAgent none",
            "  BatchMode yes",
            "",
        ];
        File.WriteAllText(path, string.Join('\n', lines));
        return path;
    }
}
