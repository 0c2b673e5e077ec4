using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Core.Diff;
using CrmTui.Core.Model;
using CrmTui.Integration.Tests.Lab;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.ThreeNode;

/// <summary>
/// What on-call meets at 3 a.m., on a real three-node cluster with a remote node, through
/// crmtui's own transport (ssh to the three hosts behind the failover runner), command layer
/// (executor), live updates (watcher) and event timeline (snapshot diff). Every test starts
/// and ends with the cluster healthy; the times printed are seconds into the test.
/// </summary>
[Collection(ThreeNodeLabCollection.Name)]
public sealed class ThreeNodeScenarioTests(ThreeNodeLab lab, ITestOutputHelper output)
{
    private static readonly TimeSpan s_heal = ThreeNodeLab.HealTimeout;
    private static readonly TimeSpan s_fault = TimeSpan.FromSeconds(60);
    // The architecture's target is one second from change to screen; the measured figures are
    // printed and recorded in docs/performance.md, not asserted. Here they include Pacemaker's own
    // stop and start (up to 5 s at load 30-55), and CI's machine is slower still (once 2x). What
    // the bound catches is live updates that stopped working: the watcher falling back to its 30 s
    // safety refresh puts each step anywhere in 0-30 s, and eight steps all under 15 s then happen
    // once in 256 runs.
    private static readonly TimeSpan s_liveUpdate = TimeSpan.FromSeconds(15);
    // The requirement for failover is 5 s (printed against it); 15 s fails (CI once ran 2x slower),
    // still well under what a failover that waits out the status timeout and a retry would take.
    private static readonly TimeSpan s_failover = TimeSpan.FromSeconds(15);

    [LabFact]
    public async Task A_profile_with_the_three_hosts_shows_three_nodes_the_remote_node_the_promotable_split_the_group_and_the_fence_device()
    {
        lab.EnsureUp();
        output.WriteLine($"bring-up {lab.BringUpTime.TotalSeconds:0.0} s, formation {lab.FormationTime.TotalSeconds:0.0} s, memory {lab.MemoryKib / 1024} MiB");
        await lab.WaitHealthyAsync(s_heal);
        await using var session = new ThreeNodeSession(lab, output);

        var s = await session.SnapshotAsync();

        Assert.EndsWith(lab.Nodes[0].Address, session.Runner.Current?.Target, StringComparison.Ordinal);
        var members = s.Nodes.Where(n => n.Type == NodeType.Member).ToList();
        Assert.Equal(["node1", "node2", "node3"], members.Select(n => n.Name).Order());
        Assert.All(members, n => Assert.True(n.Online && !n.Unclean, n.Name));
        var remote = Assert.Single(s.Nodes, n => n.Type == NodeType.Remote);
        Assert.Equal("remote1", remote.Name);
        Assert.True(remote.Online);
        var stateful = s.AllPrimitives().Where(p => p.ParentClone?.Id == "stateful-clone").Select(p => p.Resource).ToList();
        Assert.True(Assert.IsType<CloneResource>(s.AllResourceItems().Single(r => r.Id == "stateful-clone")).Promotable);
        Assert.Single(stateful, r => r.Role == ResourceRole.Promoted);
        Assert.Equal(3, stateful.Count(r => r.Role == ResourceRole.Unpromoted));
        var group = s.AllPrimitives().Where(p => p.ParentGroup?.Id == "group1").Select(p => p.Resource).ToList();
        Assert.Equal(["group1-a", "group1-b"], group.Select(r => r.Id));
        Assert.Single(group.Select(r => r.NodeName).Distinct());
        var fence = Assert.Single(s.AllPrimitives(), p => p.Resource.IsStonith).Resource;
        Assert.Equal("fence-lab", fence.Id);
        Assert.Equal(ResourceRole.Started, fence.Role);
        var connection = s.AllPrimitives().Single(p => p.Resource.Id == "remote1").Resource;
        Assert.Equal("ocf:pacemaker:remote", connection.Agent);

        var check = await ThreeNodeCli.CheckAsync(lab);
        output.WriteLine(check.ToString());
        Assert.Equal(0, check.Exit);
        Assert.Contains("OK", check.Output, StringComparison.Ordinal);
    }

    [LabFact]
    public async Task Move_ban_clear_standby_and_maintenance_are_seen_by_the_live_updates_within_the_target()
    {
        await using var session = await WatchHealthyAsync();
        var where = (await session.SnapshotAsync()).AllPrimitives().Single(p => p.Resource.Id == "dummy1").Resource.NodeName!;
        var to = lab.Nodes.Select(n => n.Name).First(n => n != where);
        var timings = new List<string>();
        async Task Step(string what, Func<Task> act, Func<ClusterSnapshot, bool> seen)
        {
            await act();
            var done = session.Now;
            var hit = await session.WaitForAsync(what, done, seen, s_fault);
            var latency = hit.At - done;
            timings.Add($"{what}: {latency:0.00} s");
            output.WriteLine($"{what}: on screen {latency:0.00} s after the command returned");
            Assert.True(latency <= s_liveUpdate.TotalSeconds, $"{what}: {latency:0.00} s > {s_liveUpdate.TotalSeconds} s");
        }
        string? NodeOf(ClusterSnapshot s, string id) => s.AllPrimitives().Single(p => p.Resource.Id == id).Resource.NodeName;
        bool Settled(ClusterSnapshot s, string id) => s.AllPrimitives().Single(p => p.Resource.Id == id).Resource.Role == ResourceRole.Started;
        try
        {
            await Step($"move dummy1 {where}→{to}", () => session.RunAsync(new MoveResource("dummy1", to)),
                s => NodeOf(s, "dummy1") == to && Settled(s, "dummy1"));
            await session.RunAsync(new ClearResource("dummy1"));
            // No stickiness: the clear may move dummy1 back. Each step starts from a cluster with
            // nothing left to do, so its latency is its own transition's, not the one before.
            await lab.WaitIdleAsync(s_heal, "the clear of the move");
            await Step($"ban dummy1 from {to}", () => session.RunAsync(new BanResource("dummy1", to)),
                s => NodeOf(s, "dummy1") is { } n && n != to && Settled(s, "dummy1") && s.Bans.Any(b => b.Resource == "dummy1" && b.Node == to));
            await Step("clear the ban", () => session.RunAsync(new ClearResource("dummy1")), s => !s.Bans.Any(b => b.Resource == "dummy1"));
            await lab.WaitIdleAsync(s_heal, "the clear of the ban");
            var standbyNode = NodeOf(await session.SnapshotAsync(), "dummy2")!;
            await Step($"standby {standbyNode}: its resources leave", () => session.RunAsync(new StandbyNode(standbyNode)),
                s => s.FindNode(standbyNode)!.Standby && NodeOf(s, "dummy2") != standbyNode && Settled(s, "dummy2")
                     && !s.AllPrimitives().Any(p => p.ParentClone is null && p.Resource.NodeName == standbyNode && p.Resource.Id != "remote1"));
            await Step($"unstandby {standbyNode}", () => session.RunAsync(new UnstandbyNode(standbyNode)), s => !s.FindNode(standbyNode)!.Standby);
            // Unstandby moves things back: let that transition finish first, or check rightly reports
            // a resource caught stopped by maintenance-mode as CRITICAL (seen in CI: group1-b).
            await lab.WaitIdleAsync(s_heal, $"unstandby {standbyNode}");
            await Step("cluster maintenance on", () => session.RunAsync(new ClusterMaintenance(true)), s => s.Summary?.Options?.MaintenanceMode == true);
            await CheckSaysAsync("cluster maintenance on", "maintenance");
            await Step("cluster maintenance off", () => session.RunAsync(new ClusterMaintenance(false)), s => s.Summary?.Options?.MaintenanceMode == false);
            await lab.WaitIdleAsync(s_heal, "cluster maintenance off");
            await Step("node3 maintenance on", () => session.RunAsync(new NodeMaintenance("node3", true)), s => s.FindNode("node3")!.Maintenance);
            await CheckSaysAsync("node3 maintenance on", "node3");
            await Step("node3 maintenance off", () => session.RunAsync(new NodeMaintenance("node3", false)), s => !s.FindNode("node3")!.Maintenance);
            // The timeline the dashboard shows has the moves.
            Assert.Contains(session.Events, e => e is ResourceMoved { } m && m.Subject.StartsWith("dummy1", StringComparison.Ordinal));
        }
        finally
        {
            output.WriteLine(string.Join("\n", timings));
            string[][] repairs =
            [
                ["crm_resource", "--clear", "--resource", "dummy1"],
                ["crm_attribute", "--type", "crm_config", "--name", "maintenance-mode", "--delete"],
                ["crm_attribute", "--node", "node3", "--name", "maintenance", "--delete"],
                .. lab.Nodes.Select(n => new[] { "crm_attribute", "--node", n.Name, "--name", "standby", "--delete" }),
            ];
            await RepairAsync(repairs);
            await lab.WaitHealthyAsync(s_heal);
        }
    }

    [LabFact]
    public async Task Fencing_a_node_takes_it_offline_records_the_fence_event_and_the_timeline_says_it_came_back()
    {
        await using var session = await WatchHealthyAsync();
        const string victim = "node3";

        // Earlier tests may have fenced this node too: count only fence events that are new.
        var before = (await session.SnapshotAsync()).FenceHistory.Count(f => f.Target == victim && f.Succeeded);
        var start = session.Now;
        var outcome = await session.RunAsync(new FenceNode(victim));
        var fenced = session.Now;
        var offline = await session.WaitForAsync($"{victim} offline", start, s => s.FindNode(victim) is { Online: false }, s_fault);
        var recorded = await session.WaitForAsync($"{victim} fence event", start,
            s => s.FenceHistory.Count(f => f.Target == victim && f.Succeeded) > before, s_fault);
        var back = await session.WaitForAsync($"{victim} back online", offline.At, s => IsUp(s.FindNode(victim)), s_heal);
        output.WriteLine($"stonith_admin returned after {fenced - start:0.0} s; offline on screen at {offline.At - start:0.0} s, "
            + $"fence event at {recorded.At - start:0.0} s, back at {back.At - start:0.0} s; fence log:\n{lab.FenceLog}");

        Assert.True(outcome.Succeeded);
        var events = session.Events;
        var wentDown = events.OfType<NodeStateChanged>().FirstOrDefault(e => e.Node == victim && e.From.Online && !e.To.Online);
        var fenceEvent = events.OfType<FenceEventRecorded>().FirstOrDefault(e => e.Target == victim && e.Status == "success");
        var cameBack = events.OfType<NodeStateChanged>().LastOrDefault(e => e.Node == victim && CameBack(e));
        Assert.NotNull(wentDown);
        Assert.NotNull(fenceEvent);
        Assert.NotNull(cameBack);
        Assert.True(wentDown.At <= cameBack.At && fenceEvent.At <= cameBack.At, "timeline out of order: " + string.Join("; ", events));
        await lab.WaitHealthyAsync(s_heal);
    }

    [LabFact]
    public async Task Killing_corosync_shows_the_node_unclean_then_fenced_then_back_in_order_and_a_failed_fence_shows_as_failed()
    {
        await using var session = await WatchHealthyAsync();
        var victim = lab.Node("node2");
        try
        {
            // 1. Fencing broken: the node stays UNCLEAN and the failed fencing shows.
            lab.SetFencingFails(true);
            var start = session.Now;
            await lab.KillCorosyncAsync(victim);
            var unclean = await session.WaitForAsync("node2 UNCLEAN", start, s => s.FindNode("node2") is { Unclean: true }, s_fault);
            var failed = await session.WaitForAsync("failed fencing of node2", start,
                s => s.FindNode("node2") is { Unclean: true } && s.FenceHistory.Any(f => f.Target == "node2" && f.IsFailed), s_fault);
            output.WriteLine($"UNCLEAN on screen {unclean.At - start:0.0} s after corosync was killed; failed fence at {failed.At - start:0.0} s");
            var check = await ThreeNodeCli.CheckAsync(lab);
            output.WriteLine(check.ToString());
            Assert.Equal(2, check.Exit);
            Assert.Contains("CRITICAL", check.Output, StringComparison.Ordinal);
            Assert.Contains("UNCLEAN: node2", check.Output, StringComparison.Ordinal);
            // "1 fencing action failed: reboot node2" or, after the cluster's own retry, "2 fencing actions failed: …".
            Assert.Matches(@"\d+ fencing actions? failed: reboot node2", check.Output);

            // 2. Fencing repaired: the cluster's retry fences it, it comes back.
            lab.SetFencingFails(false);
            var repaired = session.Now;
            var fenced = await session.WaitForAsync("node2 fenced", repaired,
                s => s.FenceHistory.Any(f => f.Target == "node2" && f.Succeeded), s_heal);
            var back = await session.WaitForAsync("node2 back", fenced.At, s => IsUp(s.FindNode("node2")), s_heal);
            output.WriteLine($"fenced on screen {fenced.At - repaired:0.0} s after repair; back {back.At - repaired:0.0} s after; fence log:\n{lab.FenceLog}");

            var events = session.Events.Where(e => e.Subject == "node2").ToList();
            var order = events.Select(e => e switch
            {
                NodeStateChanged n when n.To.Unclean => "unclean",
                FenceEventRecorded f when f.Status == "failed" => "fence-failed",
                FenceEventRecorded f when f.Status == "success" => "fenced",
                NodeStateChanged n when CameBack(n) => "back",
                _ => null,
            }).Where(x => x is not null).Distinct().ToList();
            output.WriteLine("node2 timeline: " + string.Join(" → ", order));
            Assert.Equal(["unclean", "fence-failed", "fenced", "back"], order);
            Assert.True(events.Zip(events.Skip(1)).All(p => p.First.At <= p.Second.At), "events not in time order");
        }
        finally
        {
            if (File.Exists(Path.Combine(lab.StateDirectory, "fence-fail")))
                lab.SetFencingFails(false);
            await lab.WaitHealthyAsync(s_heal);
            // The failed attempts stay in the full fencing history; clear them so later tests start clean.
            await RepairAsync(["stonith_admin", "--cleanup", "--history", "node2"]);
        }
    }

    [LabFact]
    public async Task Killing_the_node_crmtui_is_connected_to_fails_over_to_the_next_host_says_so_and_loses_no_event()
    {
        await using var session = await WatchHealthyAsync();
        var connected = lab.Nodes[0];
        Assert.EndsWith(connected.Address, session.Runner.Current?.Target, StringComparison.Ordinal);

        var start = session.Now;
        await lab.PowerOffAsync(connected);
        var elsewhere = await session.WaitForObservationAsync("an update from another host", start,
            o => o.Snapshot is { IsRefusal: false } && !o.Host.EndsWith(connected.Address, StringComparison.Ordinal), s_fault);
        var change = Assert.Single(session.HostChanges, c => c.Previous is not null);
        output.WriteLine($"powered off {connected.Name}; next update from {elsewhere.Host} at {elsewhere.At - start:0.00} s (target 5 s); host change: {change.Reason}");
        Assert.True(elsewhere.At - start <= s_failover.TotalSeconds,
            $"failover took {elsewhere.At - start:0.00} s (target 5 s, failing bound {s_failover.TotalSeconds} s)");
        Assert.DoesNotContain(connected.Address, change.Current.Target, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(change.Reason));

        // The cluster fences the lost node and it returns; the timeline, now fed by another host, has all of it.
        await session.WaitForAsync($"{connected.Name} fenced", start, s => s.FenceHistory.Any(f => f.Target == connected.Name && f.Succeeded), s_heal);
        await session.WaitForAsync($"{connected.Name} back", start, s => IsUp(s.FindNode(connected.Name))
            && s.FenceHistory.Any(f => f.Target == connected.Name && f.Succeeded), s_heal);
        var events = session.Events.Where(e => e.Subject == connected.Name).ToList();
        output.WriteLine(string.Join("\n", events.Select(e => $"{e.At:HH:mm:ss.f} {e.Describe()}")));
        Assert.Contains(events, e => e is NodeStateChanged n && n.From.Online && !n.To.Online);
        Assert.Contains(events, e => e is FenceEventRecorded f && f.Status == "success");
        Assert.Contains(events, e => e is NodeStateChanged n && CameBack(n));
        await lab.WaitHealthyAsync(s_heal);
    }

    [LabFact]
    public async Task Stopping_pacemaker_remoted_shows_RemoteOFFLINE_and_the_connection_failure_and_one_cleanup_brings_it_back()
    {
        await using var session = await WatchHealthyAsync();
        try
        {
            var start = session.Now;
            var startedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            await lab.StopRemotedAsync();
            var offline = await session.WaitForAsync("remote1 RemoteOFFLINE", start, s => s.FindNode("remote1") is { Online: false }, s_fault);
            // The connection's monitor fails and the cluster fences remote1 at once; the lab's fence agent
            // then boots it again (pacemaker-remoted included) and the fencing clears the failure. So the
            // failure is on screen only for the moment between the two, which a snapshot can miss: what
            // the operator is owed is the failure or the fencing that resolved it.
            var failureOrFence = await session.WaitForAsync("remote1 connection failure, or remote1 fenced", start,
                s => HasRemoteFailure(s) || s.FenceHistory.Any(f => f.Target == "remote1" && f.Succeeded && f.Completed?.Value >= startedAt),
                s_fault);
            var sawFailure = session.Observations.Any(o => o.At >= start && o.Snapshot is { } s && HasRemoteFailure(s));
            output.WriteLine($"RemoteOFFLINE on screen {offline.At - start:0.0} s after pacemaker-remoted stopped; "
                + (sawFailure ? "connection failure" : "no snapshot caught the connection failure before the fencing that cleared it; remote1 fenced")
                + $" at {failureOrFence.At - start:0.0} s");
            var check = await ThreeNodeCli.CheckAsync(lab);
            output.WriteLine(check.ToString());
            Assert.InRange(check.Exit, 0, 2);

            await lab.StartRemotedAsync();
            var online = await session.WaitForAsync("remote1 back online", failureOrFence.At, s => IsUp(s.FindNode("remote1")), s_heal);
            output.WriteLine($"remote1 online again at {online.At - start:0.0} s; fence log:\n{lab.FenceLog}");
            // The one key: cleanup of the connection resource (whatever failure is left).
            await session.RunAsync(new CleanupResource("remote1"));
            var clean = session.Now;
            var cleared = await session.WaitForAsync("failure cleared", clean, s => !HasRemoteFailure(s), s_fault);
            output.WriteLine($"no remote1 failure on screen {cleared.At - clean:0.00} s after the cleanup returned");
            Assert.Contains(session.Events, e => e is NodeStateChanged n && n.Node == "remote1" && n.From.Online && !n.To.Online);
            Assert.Contains(session.Events, e => e is NodeStateChanged n && n.Node == "remote1" && CameBack(n));
        }
        finally
        {
            // Cleanup first: a connection failure left over keeps the cluster from counting as healthy.
            await lab.StartRemotedAsync();
            await RepairAsync(["crm_resource", "--cleanup", "--resource", "remote1"], ["stonith_admin", "--cleanup", "--history", "remote1"]);
            await lab.WaitHealthyAsync(s_heal);
        }
        var after = await ThreeNodeCli.CheckAsync(lab);
        output.WriteLine(after.ToString());
    }

    // Where every scenario with live updates starts: a healthy cluster, and a session whose watcher
    // has reported once.
    private async Task<ThreeNodeSession> WatchHealthyAsync()
    {
        lab.EnsureUp();
        await lab.WaitHealthyAsync(s_heal);
        var session = new ThreeNodeSession(lab, output).Watch();
        try
        {
            await session.WaitForAsync("first update", 0, _ => true, s_fault);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    // `crmtui check` on the cluster in this state: maintenance left on is a WARNING (docs/cli.md), naming what.
    private async Task CheckSaysAsync(string state, string names)
    {
        var check = await ThreeNodeCli.CheckAsync(lab);
        output.WriteLine($"check with {state}: {check}");
        Assert.Equal(1, check.Exit);
        Assert.Contains("WARNING", check.Output, StringComparison.Ordinal);
        Assert.Contains("maintenance", check.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(names, check.Output, StringComparison.Ordinal);
    }

    private static bool HasRemoteFailure(ClusterSnapshot s) => s.Failures.Any(f => f.Key.StartsWith("remote1", StringComparison.Ordinal));

    // A node that is really back: online, no longer joining (pending) and not UNCLEAN.
    private static bool IsUp(ClusterNode? node) => node is { Online: true, Pending: false, Unclean: false };

    private static bool CameBack(NodeStateChanged e) =>
        e.To is { Online: true, Pending: false, Unclean: false } && (!e.From.Online || e.From.Pending || e.From.Unclean);

    private Task RepairAsync(params string[][] commands) => lab.RepairAsync(output, commands);
}
