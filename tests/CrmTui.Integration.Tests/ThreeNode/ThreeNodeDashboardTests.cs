using System.Text.RegularExpressions;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.ThreeNode;

/// <summary>
/// What the dashboard itself shows on the three-node lab: the product's dashboard runs headless
/// (<see cref="LabDashboard"/>: the same host, watcher over the ssh failover runner, update loop and
/// renderer as <c>crmtui</c>), keys are pressed as an operator would, and every assertion is on the
/// screen's text. Times are seconds from the change (the key that confirmed it, or the fault) to the
/// first frame that showed it; they are printed and recorded in docs/performance.md. Every test
/// starts and ends with the cluster healthy.
/// </summary>
[Collection(ThreeNodeLabCollection.Name)]
public sealed class ThreeNodeDashboardTests(ThreeNodeLab lab, ITestOutputHelper output)
{
    private static readonly TimeSpan s_heal = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan s_fault = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_open = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_key = TimeSpan.FromSeconds(10);

    [LabFact]
    public async Task The_dashboard_shows_the_three_nodes_the_remote_node_the_promotable_split_the_group_and_the_fence_device()
    {
        lab.EnsureUp();
        await lab.WaitHealthyAsync(s_heal);
        await using var dash = LabDashboard.Start(lab, output);

        var opened = await dash.WaitForAsync("three nodes and remote1 online",
            s => lab.Nodes.Append(lab.Remote).All(n => NodeState(s, n.Name) == "online"), s_open);
        output.WriteLine($"first full screen {opened.At:0.00} s after start\n{opened.Text}");
        Assert.Matches(@"\bremote1\b.*\bremote\b", LineOf(opened.Text, "remote1"));
        Assert.Contains("Data", opened.Text, StringComparison.Ordinal);

        await dash.PressAsync("2");
        var resources = await dash.WaitForAsync("the Resources view", s => s.Contains("stateful-clone", StringComparison.Ordinal)
            && s.Contains("group1-b", StringComparison.Ordinal) && s.Contains("fence-lab", StringComparison.Ordinal), s_key);
        output.WriteLine(resources.Text);
        Assert.Equal(1, Regex.Matches(resources.Text, @"\bPromoted\b").Count + Regex.Matches(resources.Text, @"\bMaster\b").Count);
        Assert.Matches(@"\bgroup1-a\b", resources.Text);
    }

    [LabFact]
    public async Task Fencing_a_node_from_the_dashboard_asks_for_its_name_shows_it_offline_the_fence_event_and_that_it_came_back()
    {
        lab.EnsureUp();
        await lab.WaitHealthyAsync(s_heal);
        await using var dash = LabDashboard.Start(lab, output);
        const string victim = "node3";
        await dash.WaitForAsync($"{victim} online", s => NodeState(s, victim) == "online", s_open);
        try
        {
            await SelectNodeAsync(dash, victim);
            await dash.PressAsync("X");
            var dialog = await dash.WaitForAsync("the fence dialog", s => s.Contains("Type " + victim, StringComparison.Ordinal), s_key);
            output.WriteLine(dialog.Text);
            Assert.Contains("Quorum: yes", dialog.Text, StringComparison.Ordinal);
            Assert.Contains("fence-lab", dialog.Text, StringComparison.Ordinal);
            Assert.Contains("stonith_admin", dialog.Text, StringComparison.Ordinal);
            // Enter before the name is typed does nothing: the dialog stays.
            await dash.PressAsync("enter");
            await dash.TypeAsync(victim);
            var confirmed = dash.Now;
            await dash.PressAsync("enter");
            await dash.PressAsync("esc");

            var offline = await dash.WaitForAsync($"{victim} offline", s => NodeState(s, victim) is "OFFLINE" or "UNCLEAN", s_fault, confirmed);
            var back = await dash.WaitForAsync($"{victim} back online", s => NodeState(s, victim) == "online", s_heal, offline.At);
            output.WriteLine($"{victim}: offline on screen {offline.At - confirmed:0.00} s after the confirming key, back at {back.At - confirmed:0.00} s");

            // The fencing history (Failures view, level 2 = with successes) has the reboot.
            await dash.PressAsync("3", "m");
            var fencing = await dash.WaitForAsync("the fence event in the fencing history",
                s => Regex.IsMatch(s, $@"reboot.*\b{victim}\b.*success|\b{victim}\b.*reboot.*success", RegexOptions.IgnoreCase), s_key);
            output.WriteLine(fencing.Text);

            // The Events view: it went down, was fenced, came back.
            await dash.PressAsync("4");
            var events = await dash.WaitForAsync("down, fenced and back in the Events view",
                s => EventLine(s, victim, "→ offline") is not null && EventLine(s, victim, "fence reboot success") is not null
                     && Regex.IsMatch(s, $@"{victim}: \S.* → online"), s_key);
            output.WriteLine(events.Text);
        }
        finally
        {
            await lab.WaitHealthyAsync(s_heal);
        }
    }

    [LabFact]
    public async Task A_failed_fence_from_the_dashboard_shows_as_failed_with_the_node_UNCLEAN()
    {
        lab.EnsureUp();
        await lab.WaitHealthyAsync(s_heal);
        await using var dash = LabDashboard.Start(lab, output);
        var victim = lab.Node("node2");
        await dash.WaitForAsync("node2 online", s => NodeState(s, victim.Name) == "online", s_open);
        try
        {
            lab.SetFencingFails(true);
            await SelectNodeAsync(dash, victim.Name);
            await dash.PressAsync("X");
            await dash.WaitForTextAsync("Type " + victim.Name, s_key);
            await dash.TypeAsync(victim.Name);
            var confirmed = dash.Now;
            await dash.PressAsync("enter");
            await dash.PressAsync("esc");
            var failed = await dash.WaitForAsync("the fence action failed", s => Regex.IsMatch(s, @"fail", RegexOptions.IgnoreCase)
                && s.Contains("stonith_admin", StringComparison.Ordinal), s_fault, confirmed);
            output.WriteLine($"failure on screen {failed.At - confirmed:0.00} s after the confirming key\n{failed.Text}");

            // The node itself is not touched by a failed reboot; make it lose the cluster so the
            // cluster's own fencing (failing too) leaves it UNCLEAN.
            var killed = dash.Now;
            await lab.KillCorosyncAsync(victim);
            var unclean = await dash.WaitForAsync("node2 UNCLEAN", s => NodeState(s, victim.Name) == "UNCLEAN", s_fault, killed);
            await dash.PressAsync("3");
            var history = await dash.WaitForAsync("the failed fencing in the fencing history",
                s => Regex.IsMatch(s, $@"reboot.*\b{victim.Name}\b.*fail|\b{victim.Name}\b.*reboot.*fail", RegexOptions.IgnoreCase), s_fault);
            output.WriteLine($"UNCLEAN on screen {unclean.At - killed:0.00} s after corosync was killed\n{history.Text}");
        }
        finally
        {
            lab.SetFencingFails(false);
            await lab.WaitHealthyAsync(s_heal);
            await RepairAsync(["stonith_admin", "--cleanup", "--history", victim.Name]);
        }
    }

    // The Nodes view, a filter down to the one node (so it is the selection), the filter cleared again.
    private async Task SelectNodeAsync(LabDashboard dash, string node)
    {
        await dash.PressAsync("1", "/");
        await dash.TypeAsync(node);
        await dash.PressAsync("enter");
        await dash.WaitForAsync($"only {node} listed",
            s => NodeState(s, node) is not null && lab.Nodes.Where(n => n.Name != node).All(n => NodeState(s, n.Name) is null), s_key);
    }

    /// <summary>The State cell of a node's row on the Nodes view (online, OFFLINE, UNCLEAN, standby …), or null.</summary>
    private static string? NodeState(string screen, string node)
    {
        var m = Regex.Match(screen, $@"^.*?\b{Regex.Escape(node)}\b\S*\s+\S*\s*(UNCLEAN|pending|shutdown|OFFLINE|standby|maintenance|online)\b", RegexOptions.Multiline);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string LineOf(string screen, string word) =>
        screen.Split('\n').FirstOrDefault(l => Regex.IsMatch(l, $@"\b{Regex.Escape(word)}\b")) ?? "";

    private static string? EventLine(string screen, string node, string text) =>
        screen.Split('\n').FirstOrDefault(l => l.Contains(node + ":", StringComparison.Ordinal) && l.Contains(text, StringComparison.Ordinal));

    // Repairs with the node runner (outside the command layer), on the first node that answers.
    private async Task RepairAsync(params string[][] commands)
    {
        foreach (var argv in commands)
        {
            foreach (var node in lab.Nodes)
            {
                try
                {
                    var result = await node.Runner.RunAsync(CommandLine.Of(argv).WithTimeout(TimeSpan.FromSeconds(30)));
                    output.WriteLine($"repair on {node.Name}: {string.Join(' ', argv)} -> {result.ExitCode}");
                    break;
                }
                catch (TransportException)
                {
                }
            }
        }
    }
}
