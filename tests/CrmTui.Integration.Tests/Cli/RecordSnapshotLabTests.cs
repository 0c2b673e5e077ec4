using CrmTui.Cli.Verbs;
using CrmTui.Core.Recording;
using CrmTui.Integration.Tests.Commands;
using CrmTui.Integration.Tests.Lab;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Cli;

/// <summary>
/// <c>crmtui record</c>, <c>snapshot</c> and <c>replay --list</c> against the real lab over ssh,
/// run in process as the executable parses them: a recording taken across a standby flip holds
/// the distinct states, and a bundle holds every part (or the reason one failed).
/// </summary>
[Collection(LabCollection.Name)]
public sealed class RecordSnapshotLabTests(SingleNodeLab lab, ITestOutputHelper output)
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(45);

    [LabFact]
    public async Task Record_across_a_standby_flip_keeps_each_distinct_state_and_replay_lists_them()
    {
        lab.EnsureUp();
        await using var cluster = new LabCluster(lab, LabTransports.Local, output);
        using var cli = CliRun.Real();
        var node = cluster.Node;
        var file = Path.Combine(cli.Directory, "flip.crmrec");
        using var stop = new CancellationTokenSource();
        Task<CliRun.Result>? recording = null;
        try
        {
            // Given a settled lab and a recorder watching it over ssh
            await cluster.WaitForAsync("lab settled", s => s.IsFullySettled());
            recording = cli.RunAsync(stop.Token, ["record", file, .. CliRun.SshArgs(lab)]);
            await FramesAsync(file, "the first snapshot", frames => frames.Length >= 1, recording);

            // When the node goes to standby and comes back
            var on = await cluster.RawAsync("crm_attribute", "--node", node, "--name", "standby", "--update", "on");
            Assert.True(on.Succeeded, on.Stderr);
            await FramesAsync(file, "a standby frame", frames => frames.Any(f => f.Snapshot.Node(node).Standby), recording);
            var off = await cluster.RawAsync("crm_attribute", "--node", node, "--name", "standby", "--delete");
            Assert.True(off.Succeeded, off.Stderr);
            await FramesAsync(file, "back online after standby",
                frames => frames.SkipWhile(f => !f.Snapshot.Node(node).Standby).Any(f => !f.Snapshot.Node(node).Standby), recording);
            await FramesAsync(file, "the settled state after the flip", frames => frames[^1].Snapshot.IsFullySettled(), recording);
            stop.Cancel();
            var recorded = await recording;
            output.WriteLine(recorded.ToString());

            // Then the recorder ended cleanly and stored only distinct states
            Assert.True(recorded.Exit == RecordExitCode.Ok, recorded.ToString());
            var tape = ReplayTapeLoader.Load(file);
            Assert.Empty(tape.Problems);
            var keys = tape.Frames.Select(f => SnapshotChangeKey.Of(f.Snapshot)).ToList();
            Assert.All(keys.Zip(keys.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
            Assert.Contains(tape.Frames, f => f.Snapshot.Node(node).Standby);
            Assert.Contains($"snapshot(s) recorded in {file}", recorded.Error);

            // And replay --list lists them, the standby change named
            var list = await cli.RunAsync("replay", file, "--list");
            output.WriteLine(list.ToString());
            Assert.True(list.Exit == RecordExitCode.Ok, list.ToString());
            Assert.StartsWith($"recording of crm_mon on {lab.NodeAddress}: {tape.Frames.Length} snapshot(s)", list.Output);
            Assert.Contains($"{node}: online → standby", list.Output);
            Assert.Equal(tape.Frames.Length, list.Output.Split('\n').Count(l => l.StartsWith('#')));
        }
        finally
        {
            stop.Cancel();
            if (recording is not null)
                await recording.ContinueWith(_ => { }, TaskScheduler.Default);
            await cluster.RawAsync("crm_attribute", "--node", node, "--name", "standby", "--delete");
            await cluster.WaitForAsync("lab settled after the test", s => s.IsFullySettled());
        }
    }

    [LabFact]
    public async Task Snapshot_bundle_holds_status_cib_fence_history_and_corosync_and_replay_opens_it()
    {
        lab.EnsureUp();
        using var cli = CliRun.Real();
        var file = Path.Combine(cli.Directory, "incident.tar.gz");

        var taken = await cli.RunAsync(["snapshot", file, .. CliRun.SshArgs(lab)]);
        output.WriteLine(taken.ToString());

        // Every part is in the bundle: succeeded with its output, or failed with a recorded reason.
        Assert.True(taken.Exit is RecordExitCode.Ok or RecordExitCode.PartsFailed, taken.ToString());
        var bundle = IncidentBundleFile.Read(file);
        foreach (var part in bundle.Parts)
            output.WriteLine($"{part.Name}: exit {part.ExitCode}, {(part.Succeeded ? "ok" : "failed: " + part.Failure)}, {part.Stdout.Length} bytes");
        Assert.Equal(taken.Exit == RecordExitCode.Ok, bundle.Failed.Any() is false);
        foreach (var name in new[] { "crm_mon", "cib", "fence-history", "corosync-cfgtool", "corosync-quorumtool" })
        {
            var part = bundle.Find(name);
            Assert.True(part is not null, $"no {name} part in the bundle");
            Assert.True(part.Succeeded ? part.Stdout.Length > 0 : !string.IsNullOrWhiteSpace(part.Failure), $"{name}: neither output nor a reason");
        }
        // The parts a running cluster always answers.
        Assert.True(bundle.Find("crm_mon")!.Succeeded, bundle.Find("crm_mon")!.Failure);
        Assert.Contains("<pacemaker-result", bundle.Find("crm_mon")!.Stdout);
        Assert.True(bundle.Find("cib")!.Succeeded, bundle.Find("cib")!.Failure);
        Assert.Contains("<cib ", bundle.Find("cib")!.Stdout);
        Assert.True(bundle.Find("fence-history")!.Succeeded, bundle.Find("fence-history")!.Failure);
        Assert.True(bundle.Find("corosync-cfgtool")!.Succeeded, bundle.Find("corosync-cfgtool")!.Failure);

        // And replay opens it as a one-snapshot tape.
        var list = await cli.RunAsync("replay", file, "--list");
        output.WriteLine(list.ToString());
        Assert.True(list.Exit == RecordExitCode.Ok, list.ToString());
        Assert.Contains(": 1 snapshot(s)", list.Output.Split('\n')[0]);
        Assert.StartsWith("#1  ", list.Output.Split('\n')[1]);
    }

    // Polls the recording on disk (each record is flushed as it is taken) until the frames satisfy the condition.
    private async Task FramesAsync(string file, string what, Func<System.Collections.Immutable.ImmutableArray<ReplayFrame>, bool> condition, Task<CliRun.Result> recording)
    {
        var deadline = DateTime.UtcNow + s_wait;
        var seen = 0;
        while (true)
        {
            if (recording.IsCompleted)
                Assert.Fail($"the recorder ended before {what}: {await recording}");
            if (File.Exists(file))
            {
                try
                {
                    var frames = ReplayTapeLoader.Load(file).Frames;
                    seen = frames.Length;
                    if (condition(frames))
                        return;
                }
                catch (ReplayFileException)
                {
                    // The header is not on disk yet.
                }
            }
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"{what}: not in the recording after {s_wait.TotalSeconds} s ({seen} frame(s))");
            await Task.Delay(250);
        }
    }
}
