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
    private static readonly TimeSpan s_heal = ThreeNodeLab.HealTimeout;
    private static readonly TimeSpan s_fault = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_open = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_key = TimeSpan.FromSeconds(10);
    // The target is one second from change to screen (docs/performance.md, where the figures are);
    // "returned → screen" includes Pacemaker's stop and start for a move or a ban (up to 4.4 s at
    // load 13-17) and CI's machine is slower (once 2x). The bound catches live updates that stopped
    // working (the dashboard left with its 30 s safety refresh), not a slow machine.
    private static readonly TimeSpan s_liveUpdate = TimeSpan.FromSeconds(15);

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
            var actions = dash.Actions;
            var confirmed = dash.Now;
            await dash.PressAsync("enter");
            await dash.PressAsync("esc");

            var offline = await dash.WaitForAsync($"{victim} offline", s => NodeState(s, victim) is "OFFLINE" or "UNCLEAN", s_fault, confirmed);
            var done = await dash.WaitForActionAsync("the fence", actions, s_fault, confirmed);
            Assert.Contains($"Fence node {victim}: reboot it: done", done.Text, StringComparison.Ordinal);
            var back = await dash.WaitForAsync($"{victim} back online", s => NodeState(s, victim) == "online", s_heal, offline.At);
            output.WriteLine($"{victim}: offline on screen {offline.At - confirmed:0.00} s after the confirming key, stonith_admin's outcome "
                + $"at {done.At - confirmed:0.00} s, back online at {back.At - confirmed:0.00} s; fence log:\n{lab.FenceLog}");

            // The fencing history (Failures view, level 2 = with successes) has the reboot.
            await dash.PressAsync("3", "m");
            var fencing = await dash.WaitForAsync("the fence event in the fencing history",
                s => FencingRow(s, $"reboot of {victim} successful"), s_key);
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
            var actions = dash.Actions;
            var confirmed = dash.Now;
            await dash.PressAsync("enter");
            await dash.PressAsync("esc");
            // The action's outcome, not a frame that merely shows "Failures" in the tab bar and the
            // command while it still runs: corosync is killed only once stonith_admin gave up.
            var failed = await dash.WaitForActionAsync("the fence", actions, s_fault, confirmed);
            output.WriteLine($"failure on screen {failed.At - confirmed:0.00} s after the confirming key\n{failed.Text}");
            Assert.Matches($@"Fence node {victim.Name}: reboot it: failed .*stonith_admin", failed.Text);

            // The node itself is not touched by a failed reboot; make it lose the cluster so the
            // cluster's own fencing (failing too) leaves it UNCLEAN.
            var killed = dash.Now;
            await lab.KillCorosyncAsync(victim);
            var unclean = await dash.WaitForAsync("node2 UNCLEAN", s => NodeState(s, victim.Name) == "UNCLEAN", s_fault, killed);
            await dash.PressAsync("3");
            var history = await dash.WaitForAsync("the failed fencing in the fencing history",
                s => FencingRow(s, $"reboot of {victim.Name} failed"), s_fault);
            output.WriteLine($"UNCLEAN on screen {unclean.At - killed:0.00} s after corosync was killed\n{history.Text}");

            // Fencing repaired: the cluster's retry fences it and it comes back. The Events view
            // (newest first, filtered to the node) reads back ← fenced ← failed fencing ← UNCLEAN.
            lab.SetFencingFails(false);
            var repaired = dash.Now;
            await dash.PressAsync("1");
            var back = await dash.WaitForAsync("node2 back online", s => NodeState(s, victim.Name) == "online", s_heal, repaired);
            output.WriteLine($"fencing repaired: node2 back online on screen {back.At - repaired:0.00} s later");
            await dash.PressAsync("4", "/");
            await dash.TypeAsync(victim.Name + ":");
            await dash.PressAsync("enter");
            var filtered = dash.Now;
            var timeline = await dash.WaitForAsync("unclean, failed fencing, fenced and back in order in the Events view", s =>
            {
                var lines = s.Split('\n');
                int First(string pattern) => Array.FindIndex(lines, l => Regex.IsMatch(l, $@"{victim.Name}: {pattern}"));
                var (iBack, iFenced, iUnclean) = (First(@"\S.* → online\s*$"), First("fence reboot success"), First(@"\S.* → .*unclean"));
                var iFailed = Array.FindLastIndex(lines, l => l.Contains($"{victim.Name}: fence reboot failed", StringComparison.Ordinal));
                return s.Contains($"filter: {victim.Name}:", StringComparison.Ordinal)
                    && iBack >= 0 && iBack < iFenced && iFenced < iFailed && iFenced < iUnclean;
            }, s_fault, filtered);
            output.WriteLine(timeline.Text);
        }
        finally
        {
            lab.SetFencingFails(false);
            await lab.WaitHealthyAsync(s_heal);
            await RepairAsync(["stonith_admin", "--cleanup", "--history", victim.Name]);
        }
    }

    [LabFact]
    public async Task Killing_the_node_the_dashboard_is_connected_to_marks_the_data_stale_fails_over_names_the_new_host_and_loses_no_event()
    {
        lab.EnsureUp();
        await lab.WaitHealthyAsync(s_heal);
        await using var dash = LabDashboard.Start(lab, output);
        var connected = lab.Nodes[0];
        var survivor = lab.Nodes[1];
        await dash.WaitForAsync($"all online, served by {connected.Name}",
            s => lab.Nodes.All(n => NodeState(s, n.Name) == "online") && DataLine(s).Contains(connected.Address, StringComparison.Ordinal), s_open);
        var before = await FenceHistoryAsync(survivor, connected.Name);

        var start = dash.Now;
        await lab.PowerOffAsync(connected);
        var stale = await dash.WaitForAsync("the data marked stale", s => s.Contains("Stale", StringComparison.Ordinal), s_fault, start);
        var failover = await dash.WaitForAsync("the failover banner naming the new host",
            s => Regex.IsMatch(s, @"Now served by .*\b10\.") && !NoticeLine(s).Contains("by ssh " + connected.Address + ":", StringComparison.Ordinal), s_fault, start);
        output.WriteLine($"powered off {connected.Name}: stale on screen {stale.At - start:0.00} s, failover banner {failover.At - start:0.00} s "
            + $"(target 5 s): {NoticeLine(failover.Text).Trim()}\n{stale.Text}");
        Assert.DoesNotContain(connected.Address, DataLine(failover.Text), StringComparison.Ordinal);
        Assert.True(stale.At <= failover.At, "the failover banner came before the data was marked stale");
        Assert.Contains("live updates lost", stale.Text, StringComparison.Ordinal);
        // The target is 5 s; a loaded CI machine once ran these tests 2× slower, so only 15 s fails.
        Assert.True(failover.At - start <= 15, $"failover banner after {failover.At - start:0.00} s (target 5 s, failing bound 15 s)");

        // The cluster fences the lost node and it returns, all seen through the new host.
        var lost = await dash.WaitForAsync($"{connected.Name} lost", s => NodeState(s, connected.Name) is "OFFLINE" or "UNCLEAN", s_fault, start);
        var back = await dash.WaitForAsync($"{connected.Name} back online", s => NodeState(s, connected.Name) == "online", s_heal, lost.At);
        await lab.WaitHealthyAsync(s_heal);
        var after = await FenceHistoryAsync(survivor, connected.Name);
        var fenced = after.Where(f => !before.Contains(f)).ToList();
        output.WriteLine($"{connected.Name} {NodeState(lost.Text, connected.Name)} on screen {lost.At - start:0.0} s, back {back.At - start:0.0} s after the power-off; crm_mon on {survivor.Name}: "
            + string.Join("; ", fenced));
        Assert.NotEmpty(fenced);

        // The Fencing view (the Failures view at crm_mon's fence-history level 2, successes too): the
        // lost node's newest fence, with the completion time crm_mon gives on the survivor.
        var newest = (await FenceEventsAsync(survivor, connected.Name)).Where(f => f.Succeeded).MaxBy(f => f.Completed?.Value);
        Assert.NotNull(newest);
        Assert.Contains($"{newest.Action} {newest.Status}|{newest.Completed}", fenced);
        await dash.PressAsync("3", "m");
        var fencing = await dash.WaitForAsync($"the fence of {connected.Name} in the Fencing view",
            s => s.Contains($"{newest.Action} of {connected.Name} successful", StringComparison.Ordinal)
                 && s.Contains($"'{newest.Completed?.Raw}'", StringComparison.Ordinal), s_fault);
        output.WriteLine(fencing.Text);

        // The Events view, filtered to the node: it went offline, every fencing crm_mon records, and back
        // (the dashboard learns of the last fencing through its own watcher, after crm_mon on the
        // survivor did: waited for like any other change, not a key's 10 s).
        await dash.PressAsync("4", "/");
        await dash.TypeAsync(connected.Name + ":");
        await dash.PressAsync("enter");
        var filtered = dash.Now;
        var events = await dash.WaitForAsync("the node's events", s => s.Contains($"filter: {connected.Name}:", StringComparison.Ordinal)
            && EventLine(s, connected.Name, "→ offline") is not null
            && Regex.IsMatch(s, $@"{connected.Name}: \S.* → online")
            && fenced.GroupBy(f => f.Split('|')[0]).All(g => CountOf(s, $"{connected.Name}: fence {g.Key}") >= g.Count()), s_fault, filtered);
        output.WriteLine(events.Text);
    }

    [LabFact]
    public async Task Move_ban_clear_standby_and_maintenance_from_the_dashboard_keys_show_on_screen()
    {
        lab.EnsureUp();
        await lab.WaitHealthyAsync(s_heal);
        await using var dash = LabDashboard.Start(lab, output);
        await dash.WaitForAsync("all online", s => lab.Nodes.All(n => NodeState(s, n.Name) == "online"), s_open);
        var timings = new List<string>();
        // Keys up to the one that runs the action; then the first frame after the outcome, and the first frame showing the change.
        async Task Step(string what, Func<Task> keys, string runKey, Func<string, bool> seen)
        {
            await keys();
            var actions = dash.Actions;
            var pressed = dash.Now;
            await dash.PressAsync(runKey);
            var done = await dash.WaitForActionAsync(what, actions, s_fault, pressed);
            var shown = await dash.WaitForAsync(what, seen, s_fault, pressed);
            var line = $"{what}: on screen {shown.At - pressed:0.00} s after the key, {shown.At - done.At:0.00} s after the command returned ({done.At - pressed:0.00} s)";
            timings.Add(line);
            output.WriteLine(line);
            Assert.True(shown.At - done.At <= s_liveUpdate.TotalSeconds, $"{line}: over {s_liveUpdate.TotalSeconds} s");
        }
        try
        {
            // Move: v opens the node picker, enter takes its first node, y confirms.
            await dash.PressAsync("2", "L", "/");
            await dash.TypeAsync("dummy1");
            await dash.PressAsync("enter");
            var from = await dash.WaitForAsync("dummy1 listed", s => ResourceNode(s, "dummy1") is not null, s_key);
            var where = ResourceNode(from.Text, "dummy1")!;
            await dash.PressAsync("v");
            await dash.WaitForAsync("the node picker", _ => dash.State?.Picker is not null, s_key);
            var to = dash.State!.Picker!.Chosen!;
            Assert.NotEqual(where, to);
            await Step($"move dummy1 {where}→{to}", async () =>
            {
                await dash.PressAsync("enter");
                await dash.WaitForTextAsync("dummy1", s_key);
            }, "y", s => ResourceNode(s, "dummy1") == to && ResourceRole(s, "dummy1") == "Started");
            // A move's constraint (cli-prefer) is not among the bans crm_mon lists: the outcome is what shows.
            await Step("clear the move", () => Task.CompletedTask, "u", s => s.Contains("constraints of dummy1: done", StringComparison.Ordinal));

            // Ban from where it runs once the clear's transition is over (no stickiness: it may move
            // back), as the cluster says and the screen then shows; not from a frame mid-move.
            var banned = await SettledNodeOnScreenAsync(dash, "dummy1", "the clear of the move");
            await Step($"ban dummy1 from {banned}", async () =>
            {
                await dash.PressAsync("B");
                await dash.WaitForTextAsync("Runs:", s_key);
            }, "y", s => s.Contains($"prevents dummy1 from running on {banned}", StringComparison.Ordinal)
                         && ResourceNode(s, "dummy1") is { } n && n != banned && ResourceRole(s, "dummy1") == "Started");
            await Step("clear the ban", () => Task.CompletedTask, "u", s => !s.Contains("prevents dummy1", StringComparison.Ordinal));
            await dash.PressAsync("esc", "L");

            // Standby the node that runs group1: it shows standby, and the group leaves it.
            var standby = await SettledNodeOnScreenAsync(dash, "group1-a", "the clear of the ban");
            await SelectNodeAsync(dash, standby);
            await Step($"standby {standby}", async () =>
            {
                await dash.PressAsync("s");
                await dash.WaitForTextAsync("Runs:", s_key);
            }, "y", s => NodeState(s, standby) == "standby");
            await dash.PressAsync("esc", "2");
            var left = await dash.WaitForAsync($"group1 off {standby}", s => ResourceNode(s, "group1-a") is { } n && n != standby
                && ResourceRole(s, "group1-a") == "Started" && ResourceRole(s, "group1-b") == "Started", s_fault);
            output.WriteLine($"group1 started elsewhere on screen at {left.At:0.0} s\n{left.Text}");
            await SelectNodeAsync(dash, standby);
            await Step($"unstandby {standby}", async () =>
            {
                await dash.PressAsync("s");
                await dash.WaitForTextAsync("Runs:", s_key);
            }, "y", s => NodeState(s, standby) == "online");
            // Unstandby moves group1 back: node3's maintenance should not freeze that halfway.
            await lab.WaitIdleAsync(s_heal, $"unstandby {standby}");

            // Maintenance on node3 and off again.
            await dash.PressAsync("esc");
            await SelectNodeAsync(dash, "node3");
            await Step("node3 maintenance on", async () =>
            {
                await dash.PressAsync("M");
                await dash.WaitForTextAsync("Runs:", s_key);
            }, "y", s => NodeState(s, "node3") == "maintenance");
            await Step("node3 maintenance off", async () =>
            {
                await dash.PressAsync("M");
                await dash.WaitForTextAsync("Runs:", s_key);
            }, "y", s => NodeState(s, "node3") == "online");
        }
        finally
        {
            output.WriteLine(string.Join("\n", timings));
            string[][] repairs =
            [
                ["crm_resource", "--clear", "--resource", "dummy1"],
                ["crm_attribute", "--node", "node3", "--name", "maintenance", "--delete"],
                .. lab.Nodes.Select(n => new[] { "crm_attribute", "--node", n.Name, "--name", "standby", "--delete" }),
            ];
            await RepairAsync(repairs);
            await lab.WaitHealthyAsync(s_heal);
        }
    }

    [LabFact]
    public async Task Stopping_pacemaker_remoted_shows_RemoteOFFLINE_and_the_connection_failure_and_one_key_cleans_it_up()
    {
        lab.EnsureUp();
        await lab.WaitHealthyAsync(s_heal);
        await using var dash = LabDashboard.Start(lab, output);
        await dash.WaitForAsync("remote1 online", s => NodeState(s, "remote1") == "online", s_open);
        try
        {
            var start = dash.Now;
            await lab.StopRemotedAsync();
            var failed = await SeeRemoteFaultAsync(dash, start, "pacemaker-remoted stopped");

            await lab.StartRemotedAsync();
            // The filter applies to every view: clear it for the Nodes view, set it again for the cleanup.
            await dash.PressAsync("esc", "1");
            var online = await dash.WaitForAsync("remote1 back online", s => NodeState(s, "remote1") == "online", s_heal, failed.At);
            // One key: C on the failure (the filter leaves it the selected row). The cluster fences
            // remote1 when its connection fails, and that reboot may clear the failure first: then
            // there is nothing to clean up, and the test says so.
            await FilterFailuresToRemoteAsync(dash);
            var listed = await dash.WaitForAsync("the Failures view, filtered", s => s.Contains($"filter: {RemoteFailure}", StringComparison.Ordinal)
                && (s.Contains($"no row matches /{RemoteFailure}", StringComparison.Ordinal) || ShowsRemoteFailure(s)), s_key, online.At);
            if (listed.Text.Contains($"no row matches /{RemoteFailure}", StringComparison.Ordinal))
            {
                output.WriteLine($"remote1 online again at {online.At - start:0.0} s; its fencing had already cleared the failure, no cleanup needed\n{listed.Text}");
                return;
            }
            var pressed = dash.Now;
            await dash.PressAsync("C");
            var cleaned = await dash.WaitForTextAsync($"no row matches /{RemoteFailure}", s_fault, pressed);
            output.WriteLine($"remote1 online again at {online.At - start:0.0} s; failure gone from screen {cleaned.At - pressed:0.00} s after C\n{cleaned.Text}");
        }
        finally
        {
            // Cleanup first: a connection failure left over keeps the cluster from counting as healthy.
            await lab.StartRemotedAsync();
            await RepairAsync(["crm_resource", "--cleanup", "--resource", "remote1"], ["stonith_admin", "--cleanup", "--history", "remote1"]);
            await lab.WaitHealthyAsync(s_heal);
        }
    }

    // Where the resource runs once the cluster has nothing left to do (crm_mon on node1), once the
    // screen shows it Started there (the Resources view must be on screen): the last frame already
    // does, or a frame drawn since the wait began (frames are kept only when the text changes).
    private async Task<string> SettledNodeOnScreenAsync(LabDashboard dash, string resource, string after)
    {
        var since = dash.Now;
        await lab.WaitIdleAsync(s_heal, after);
        var result = await lab.Nodes[0].Runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml").WithTimeout(TimeSpan.FromSeconds(30)));
        Assert.True(result.Succeeded, result.Stderr);
        var node = CrmTui.Core.Parsing.CrmMonXmlParser.Parse(result.Stdout).AllPrimitives()
            .Single(p => p.Resource.Id == resource).Resource.NodeName;
        Assert.True(node is not null, $"{resource} runs nowhere after {after}");
        bool Shown(string s) => ResourceNode(s, resource) == node && ResourceRole(s, resource) == "Started";
        if (!Shown(dash.Screen))
            await dash.WaitForAsync($"{resource} Started on {node}", Shown, s_fault, since);
        return node;
    }

    [LabFact]
    public async Task A_remote_connection_failure_the_cluster_does_not_fence_stays_on_screen_until_C_cleans_it_up()
    {
        lab.EnsureUp();
        await lab.WaitHealthyAsync(s_heal);
        var fencedBefore = await FenceHistoryAsync(lab.Nodes[1], lab.Remote.Name);
        // remote1 drained, its connection's monitor on-fail=restart, no reconnect_interval (see
        // UnfencedRemoteConnection for what Pacemaker does otherwise); undone in finally.
        var unfenced = await UnfencedRemoteConnection.ApplyAsync(lab, output, s_heal);
        try
        {
            await using var dash = LabDashboard.Start(lab, output);
            await dash.WaitForAsync("remote1 online, in standby", s => NodeState(s, "remote1") == "standby", s_open);
            var start = dash.Now;
            await lab.KillRemotedAsync();
            await SeeRemoteFaultAsync(dash, start, "pacemaker-remoted was killed");

            var restarted = dash.Now;
            await lab.StartRemotedAsync();
            // The filter applies to every view: clear it for the Nodes view, set it again for the cleanup.
            await dash.PressAsync("esc", "1");
            var back = await dash.WaitForAsync("remote1 back (online, in standby)", s => NodeState(s, "remote1") == "standby", s_heal, restarted);
            await FilterFailuresToRemoteAsync(dash);
            // Nothing clears this failure but the operator: it is still listed once remote1 is back.
            var listed = await dash.WaitForAsync("the failure still listed, filtered", s => s.Contains($"filter: {RemoteFailure}", StringComparison.Ordinal)
                && ShowsRemoteFailure(s), s_key, back.At);
            Assert.Equal(fencedBefore, await FenceHistoryAsync(lab.Nodes[1], lab.Remote.Name));
            output.WriteLine($"remote1 back {back.At - restarted:0.00} s after pacemaker-remoted was started again, not fenced; the failure still listed\n{listed.Text}");

            // C is Safe in the key table (docs/keys.md): it runs at once, no dialog.
            var actions = dash.Actions;
            var pressed = dash.Now;
            await dash.PressAsync("C");
            var done = await dash.WaitForActionAsync("the cleanup", actions, s_fault, pressed);
            output.WriteLine($"the first frame after the cleanup finished:\n{done.Text}");
            // C on a failure row cleans up that one failure (its operation on its node).
            Assert.Matches(@"\bdone\b.*cleanup of the failed 5s monitor of remote1 on node\d", done.Text);
            var cleaned = await dash.WaitForTextAsync($"no row matches /{RemoteFailure}", s_fault, pressed);
            output.WriteLine($"C: the cleanup's outcome {done.At - pressed:0.00} s after the key, the failure gone from screen at "
                + $"{cleaned.At - pressed:0.00} s\n{cleaned.Text}");
        }
        finally
        {
            await lab.StartRemotedAsync();
            await unfenced.DisposeAsync();
            await RepairAsync(["crm_resource", "--cleanup", "--resource", "remote1"]);
            await lab.WaitHealthyAsync(s_heal);
        }
    }

    // The filter that leaves remote1's connection failure the only row of the Failures view.
    private const string RemoteFailure = "remote1 .*on node";

    // A Failures view row of remote1's connection failure ("<op> remote1 … on nodeN").
    private static bool ShowsRemoteFailure(string screen) =>
        Regex.IsMatch(screen, @"^\s*\S+\s+remote1 \S.* on node\d", RegexOptions.Multiline);

    // The Failures view filtered to remote1's connection failure.
    private static async Task FilterFailuresToRemoteAsync(LabDashboard dash)
    {
        await dash.PressAsync("3", "/");
        await dash.TypeAsync(RemoteFailure);
        await dash.PressAsync("enter");
    }

    // After a fault on remote1 at start: remote1 OFFLINE (or UNCLEAN) on screen, then its
    // connection's failure in the filtered Failures view; returns the frame with the failure.
    private async Task<LabDashboard.Frame> SeeRemoteFaultAsync(LabDashboard dash, double start, string fault)
    {
        var offline = await dash.WaitForAsync("remote1 offline", s => NodeState(s, "remote1") is "OFFLINE" or "UNCLEAN", s_fault, start);
        await FilterFailuresToRemoteAsync(dash);
        var failed = await dash.WaitForAsync("the connection's failure", ShowsRemoteFailure, s_fault, start);
        output.WriteLine($"remote1 {NodeState(offline.Text, "remote1")} on screen {offline.At - start:0.00} s after {fault}, "
            + $"the failure (Failures view) at {failed.At - start:0.00} s\n{failed.Text}");
        return failed;
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

    /// <summary>The Node cell of a resource's row on the Resources view, or null.</summary>
    private static string? ResourceNode(string screen, string resource)
    {
        var m = Regex.Match(screen, $@"^\s*{Regex.Escape(resource)}\s+(\S+)\s+(node\d|remote\d)\b", RegexOptions.Multiline);
        return m.Success ? m.Groups[2].Value : null;
    }

    private static string? ResourceRole(string screen, string resource)
    {
        var m = Regex.Match(screen, $@"^\s*{Regex.Escape(resource)}\s+(\S+)", RegexOptions.Multiline);
        return m.Success ? m.Groups[1].Value : null;
    }

    // A row of the Failures view's fencing section (below its title), not the status line's outcome of
    // the dashboard's own fence action, which names the node and "reboot" too.
    private static bool FencingRow(string screen, string row)
    {
        var lines = screen.Split('\n');
        var title = Array.FindIndex(lines, l => l.Contains("Fencing History", StringComparison.Ordinal)
            || l.Contains("Failed and Pending Fencing Actions", StringComparison.Ordinal));
        return title >= 0 && lines.Skip(title + 1).Any(l => l.Contains(row, StringComparison.Ordinal));
    }

    // The header's Data field to the end of its line: the header's fields flow, so it starts a line or
    // follows "Last change" on it, depending on how wide the others are.
    private static string DataLine(string screen) => Regex.Match(screen, @"\bData: [^\n]*") is { Success: true } m ? m.Value : "";

    private static string NoticeLine(string screen) => screen.Split('\n').FirstOrDefault(l => l.Contains("Now served by", StringComparison.Ordinal)) ?? "";

    private static int CountOf(string screen, string text) => screen.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));

    // crm_mon's fencing history on a surviving node, for one target: "reboot success" per entry, with its completion time.
    private static async Task<List<string>> FenceHistoryAsync(LabNode node, string target) =>
        [.. (await FenceEventsAsync(node, target)).Select(f => $"{f.Action} {f.Status}|{f.Completed}")];

    private static async Task<List<CrmTui.Core.Model.FenceEvent>> FenceEventsAsync(LabNode node, string target)
    {
        var result = await node.Runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml", "--fence-history=3").WithTimeout(TimeSpan.FromSeconds(30)));
        var snapshot = CrmTui.Core.Parsing.CrmMonXmlParser.Parse(result.Stdout);
        return [.. snapshot.FenceHistory.Where(f => f.Target == target)];
    }

    private static string LineOf(string screen, string word) =>
        screen.Split('\n').FirstOrDefault(l => Regex.IsMatch(l, $@"\b{Regex.Escape(word)}\b")) ?? "";

    private static string? EventLine(string screen, string node, string text) =>
        screen.Split('\n').FirstOrDefault(l => l.Contains(node + ":", StringComparison.Ordinal) && l.Contains(text, StringComparison.Ordinal));

    private Task RepairAsync(params string[][] commands) => lab.RepairAsync(output, commands);
}
