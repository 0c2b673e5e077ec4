using System.Diagnostics;
using System.Text.RegularExpressions;
using CrmTui.Integration.Tests.Commands;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Dashboard;

/// <summary>
/// The real-terminal test: tmux runs the built <c>crmtui</c> (no verb) against the lab over ssh. The
/// dashboard shows the node and its resources; standby from the keyboard reaches the cluster and the
/// screen; a failure made with <c>crm_resource --fail</c> appears and the one-key cleanup clears it;
/// <c>q</c>, SIGTERM, SIGHUP and SIGINT leave the terminal as it was and close the ssh master. The lab is
/// shared: every test leaves the node online and the failures cleaned.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class DashboardLabTests(SingleNodeLab lab, ITestOutputHelper output)
{
    private const string FailingResource = "dummy1";
    private static readonly TimeSpan s_open = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_change = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_onScreenAfterCluster = TimeSpan.FromSeconds(2);

    [LabFact]
    public async Task Standby_and_one_key_cleanup_from_the_dashboard_reach_the_cluster_and_q_restores_the_terminal()
    {
        lab.EnsureUp();
        await using var cluster = new LabCluster(lab, LabTransports.Local, output);
        await using var dash = await DashboardInTmux.StartAsync(lab);
        var node = lab.NodeName;
        try
        {
            await cluster.WaitForAsync("lab settled", s => !s.Node(node).Standby && !s.Failures.Any() && s.IsStarted(FailingResource));

            // The dashboard shows the node, then (view 2) its resources
            var (_, opened) = await dash.Pane.WaitForAsync("node online", NodeRow(node, "online"), s_open);
            output.WriteLine($"dashboard open with {node} online after {opened.TotalSeconds:0.00} s");
            await dash.Pane.PressAsync("2");
            await dash.Pane.WaitForAsync("resources listed",
                s => new[] { "dummy1", "dummy2", "group1", "group1-a", "dummy-clone", "stateful-clone" }.All(r => Regex.IsMatch(s, $@"\b{Regex.Escape(r)}\b")), s_change);
            await dash.Pane.PressAsync("1");

            // Standby: s asks, y runs; the cluster and then the screen show it
            await dash.Pane.PressAsync("s");
            await dash.Pane.WaitForAsync("standby dialog", s => s.Contains($"Put node {node} in standby", StringComparison.Ordinal), s_change);
            var (toCluster, toScreen) = await ChangeAsync(dash, cluster, "y", s => s.Node(node).Standby, NodeRow(node, "standby"), "standby");
            Assert.True(toScreen - toCluster <= s_onScreenAfterCluster,
                $"the screen showed standby {(toScreen - toCluster).TotalSeconds:0.00} s after crm_mon did (limit {s_onScreenAfterCluster.TotalSeconds} s)");

            // And back: s on a node in standby unstandbys it
            await dash.Pane.PressAsync("s");
            await dash.Pane.WaitForAsync("unstandby dialog", s => s.Contains("crm_attribute", StringComparison.Ordinal), s_change);
            await ChangeAsync(dash, cluster, "y", s => !s.Node(node).Standby, NodeRow(node, "online"), "online again");

            // A failure appears in the Failures view, and C cleans exactly it up on the cluster
            var fail = await cluster.RawAsync("crm_resource", "--fail", "--resource", FailingResource, "--node", node);
            Assert.True(fail.Succeeded, fail.Stderr);
            await cluster.WaitForAsync("failure recorded", s => s.Failures.Any(f => f.Resource == FailingResource) && s.IsStarted(FailingResource));
            await dash.Pane.PressAsync("3");
            var failureRow = FailureRow(node);
            var (_, seen) = await dash.Pane.WaitForAsync("failure listed", failureRow, s_change);
            output.WriteLine($"failure on screen {seen.TotalSeconds:0.00} s after crm_mon showed it");
            await ChangeAsync(dash, cluster, "C", s => !s.Failures.Any(f => f.Resource == FailingResource), s => !failureRow(s), "failure cleaned");

            // q: the dashboard exits 0 and the pane is a sane shell again
            await dash.Pane.PressAsync("q");
            Assert.Equal("exit=0", await dash.AssertTerminalRestoredAsync());
            Assert.Empty(dash.LiveControlSockets());

            // Every action went to the audit log under XDG_STATE_HOME
            var audit = await File.ReadAllLinesAsync(dash.AuditLog);
            output.WriteLine(string.Join('\n', audit));
            Assert.Equal(3, audit.Length);
            Assert.Contains("crm_attribute", audit[0], StringComparison.Ordinal);
            Assert.Contains("--cleanup", audit[2], StringComparison.Ordinal);
        }
        finally
        {
            await cluster.RawAsync("crm_attribute", "--node", node, "--name", "standby", "--delete");
            await cluster.RawAsync("crm_resource", "--cleanup", "--resource", FailingResource, "--node", node);
        }
    }

    [LabFact]
    public async Task A_move_left_by_crm_resource_shows_in_the_bans_section_and_u_clears_it_on_the_cluster()
    {
        lab.EnsureUp();
        const string resource = "dummy2";
        var constraint = $"cli-prefer-{resource}";
        await using var cluster = new LabCluster(lab, LabTransports.Local, output);
        try
        {
            // Given: crm_resource --move left its cli-prefer (forced: on one node the resource is already there)
            var move = await cluster.RawAsync("crm_resource", "--move", "--resource", resource, "--node", lab.NodeName, "--force");
            Assert.True(move.Succeeded, move.Stderr);
            Assert.Contains(constraint, await ConstraintsAsync(cluster), StringComparison.Ordinal);
            await using var dash = await DashboardInTmux.StartAsync(lab);
            await dash.Pane.WaitForAsync("node shown", NodeRow(lab.NodeName, "online"), s_open);

            // When: the Resources view's bans section opens (L), it reads the constraints and lists the leftover
            await dash.Pane.PressAsync("2");
            await dash.Pane.PressAsync("L");
            var row = $"{constraint}  prefers {resource} on {lab.NodeName} (INFINITY)";
            await dash.Pane.WaitForAsync("the leftover move listed", s => s.Contains(row, StringComparison.Ordinal), s_change);

            // And: u on it clears it, on the cluster and then on the screen
            await dash.Pane.PressAsync("/");
            await dash.Pane.RunAsync("cli-prefer");
            await dash.Pane.PressAsync("u");
            await WaitAsync("the cli-prefer constraint gone from the CIB", async () => !(await ConstraintsAsync(cluster)).Contains(constraint, StringComparison.Ordinal));
            await dash.Pane.WaitForAsync("the leftover gone from the screen", s => !s.Contains(row, StringComparison.Ordinal), s_change);

            await dash.Pane.PressAsync("q");
            Assert.Equal("exit=0", await dash.AssertTerminalRestoredAsync());
            var audit = await File.ReadAllLinesAsync(dash.AuditLog);
            Assert.Contains(audit, line => line.Contains("--clear", StringComparison.Ordinal) && line.Contains(resource, StringComparison.Ordinal));
        }
        finally
        {
            await cluster.RawAsync("crm_resource", "--clear", "--resource", resource);
        }
    }

    private static async Task<string> ConstraintsAsync(LabCluster cluster)
    {
        var query = await cluster.RawAsync("cibadmin", "--query", "--scope", "constraints");
        Assert.True(query.Succeeded, query.Stderr);
        return query.Stdout;
    }

    private static async Task WaitAsync(string what, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > s_change)
                Assert.Fail($"{what}: not within {s_change.TotalSeconds} s");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    [LabFact]
    public Task SIGTERM_ends_the_dashboard_restores_the_terminal_and_closes_the_ssh_master() => SignalAsync("TERM");

    [LabFact]
    public Task SIGHUP_ends_the_dashboard_restores_the_terminal_and_closes_the_ssh_master() => SignalAsync("HUP");

    [LabFact]
    public Task SIGINT_from_outside_ends_the_dashboard_restores_the_terminal_and_closes_the_ssh_master() => SignalAsync("INT");

    private async Task SignalAsync(string signal)
    {
        lab.EnsureUp();
        await using var dash = await DashboardInTmux.StartAsync(lab);
        await dash.Pane.WaitForAsync("node shown", NodeRow(lab.NodeName, "online"), s_open);
        Assert.NotEmpty(dash.LiveControlSockets());
        var pid = (await TmuxPane.WaitForFileAsync(dash.PidFile, TimeSpan.FromSeconds(10))).Trim();

        var clock = Stopwatch.StartNew();
        var kill = await new LocalProcessRunner().RunAsync(CommandLine.Of("kill", $"-{signal}", pid));
        Assert.True(kill.Succeeded, kill.Stderr);

        var exit = await dash.AssertTerminalRestoredAsync();
        output.WriteLine($"SIG{signal}: {exit} after {clock.Elapsed.TotalSeconds:0.00} s");
        // What crmtui said on stderr (the forced path's report, should the grace have run out)
        foreach (var line in (await dash.Pane.CaptureAsync()).Split('\n').Where(l => l.StartsWith("crmtui:", StringComparison.Ordinal)))
            output.WriteLine(line);
        // exit=0: the dashboard ended as on q (the forced path exits 128 + the signal)
        Assert.Equal("exit=0", exit);
        Assert.Empty(dash.LiveControlSockets());
    }

    [LabFact]
    public async Task SIGTERM_while_a_fetch_is_in_flight_over_ssh_ends_within_the_grace_and_closes_the_master()
    {
        lab.EnsureUp();
        var node = lab.NodeName;
        // An ssh in front of the real one: every full crm_mon fetch runs behind a check on the node
        // (the lab node shares the host's /tmp): once the flag file exists, the fetch marks that it
        // started and waits 30 s before crm_mon runs: a fetch in flight on a live channel of the
        // master, for as long as the test needs. The check travels with the remote command, so it
        // works for a fetch run on its own and for one answered by a kept session alike.
        var bin = Directory.CreateTempSubdirectory("crmtui-slowssh-").FullName;
        Assert.DoesNotMatch("[^A-Za-z0-9/_.-]", bin);
        var flag = Path.Combine(bin, "slow");
        var mark = Path.Combine(bin, "fetch-started");
        var wrapper = Path.Combine(bin, "ssh");
        await File.WriteAllTextAsync(wrapper, $$"""
            #!/bin/bash
            args=("$@")
            last=${args[${#args[@]}-1]}
            printf '%s\n' "$last" >> {{TmuxPane.Quote(Path.Combine(bin, "calls"))}}
            fetch="'crm_mon' '--output-as=xml'"
            slow="'sh' '-c' 'if [ -e {{flag}} ]; then echo started > {{mark}}; sleep 30; fi; exec crm_mon --output-as=xml'"
            if [[ "$last" == *"$fetch" ]]; then
              args[${#args[@]}-1]="${last%"$fetch"}$slow"
            fi
            exec {{TmuxPane.Quote(RealSsh())}} "${args[@]}"
            """ + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await using var cluster = new LabCluster(lab, LabTransports.Local, output);
        try
        {
            await using var dash = await DashboardInTmux.StartAsync(lab,
                new Dictionary<string, string> { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH") });
            await dash.Pane.WaitForAsync("node shown", NodeRow(node, "online"), s_open);
            Assert.NotEmpty(dash.LiveControlSockets());
            var pid = (await TmuxPane.WaitForFileAsync(dash.PidFile, TimeSpan.FromSeconds(10))).Trim();

            bool Report()
            {
                var calls = Path.Combine(bin, "calls");
                output.WriteLine("remote commands ssh was given: " + (File.Exists(calls) ? File.ReadAllText(calls) : "none"));
                return true;
            }

            // A CIB change makes the live stream redraw, and the fetch that follows hangs on the node
            await File.WriteAllTextAsync(flag, "");
            var attribute = await cluster.RawAsync("crm_attribute", "--node", node, "--name", "crmtui-shutdown-test", "--update", "1");
            Assert.True(attribute.Succeeded, attribute.Stderr);
            try
            {
                await TmuxPane.WaitForFileAsync(mark, s_change);
                // and its channel is open: the node runs the command's sleep
                await WaitAsync("the slowed fetch running on the node", async () => (await cluster.RawAsync("pgrep", "-f", "^sleep 30")).Succeeded);
            }
            catch (Exception) when (Report())
            {
                throw;
            }

            var clock = Stopwatch.StartNew();
            var kill = await new LocalProcessRunner().RunAsync(CommandLine.Of("kill", "-TERM", pid));
            Assert.True(kill.Succeeded, kill.Stderr);
            var exit = await dash.AssertTerminalRestoredAsync();
            output.WriteLine($"SIGTERM with a fetch in flight: {exit} after {clock.Elapsed.TotalSeconds:0.00} s");

            // exit=0: the normal way out finished within the grace (the forced path exits 143)
            Assert.Equal("exit=0", exit);
            Assert.Empty(dash.LiveControlSockets());
        }
        finally
        {
            await cluster.RawAsync("crm_attribute", "--node", node, "--name", "crmtui-shutdown-test", "--delete");
            Directory.Delete(bin, recursive: true);
        }
    }

    private static string RealSsh() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':').Select(d => Path.Combine(d, "ssh")).First(File.Exists);

    /// <summary>Sends <paramref name="key"/>, then watches the cluster and the screen at once; returns when
    /// each first showed the change, measured from the key press.</summary>
    private async Task<(TimeSpan Cluster, TimeSpan Screen)> ChangeAsync(DashboardInTmux dash, LabCluster cluster, string key,
        Func<CrmTui.Core.Model.ClusterSnapshot, bool> onCluster, Func<string, bool> onScreen, string what)
    {
        var clock = Stopwatch.StartNew();
        await dash.Pane.PressAsync(key);
        var clusterTask = Task.Run(async () =>
        {
            await cluster.WaitForAsync(what, onCluster);
            return clock.Elapsed;
        });
        var screenTask = Task.Run(async () =>
        {
            await dash.Pane.WaitForAsync(what, onScreen, s_change);
            return clock.Elapsed;
        });
        var times = (await clusterTask, await screenTask);
        output.WriteLine($"{what}: crm_mon after {times.Item1.TotalSeconds:0.00} s, screen after {times.Item2.TotalSeconds:0.00} s (from the key press)");
        return times;
    }

    /// <summary>The Nodes view's row for <paramref name="node"/> in <paramref name="state"/> (name, glyph, state).</summary>
    private static Func<string, bool> NodeRow(string node, string state) =>
        screen => Regex.IsMatch(screen, $@"(?m)^\s*{Regex.Escape(node)}\s+\S\s+{Regex.Escape(state)}\s");

    /// <summary>The Failures view's row for the failed monitor of <see cref="FailingResource"/>.</summary>
    private static Func<string, bool> FailureRow(string node) =>
        screen => Regex.IsMatch(screen, $@"(?m)^\s*\S+\s+{FailingResource} \S.* on {Regex.Escape(node)} returned ");
}
