using System.Diagnostics;
using System.Threading.Channels;
using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;
using CrmTui.Integration.Tests.Commands;
using CrmTui.Integration.Tests.Lab;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Watch;

/// <summary>
/// The watcher on the real lab cluster over ssh: a standby flip is fetched within a second, and
/// while nothing changes no crm_mon runs (stream mode: nothing at all; probe mode: only probes).
/// The flip is made through the lab's local runner, as another administrator would.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class LiveWatchTests(SingleNodeLab lab, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [LabFact]
    public Task In_stream_mode_a_standby_flip_over_ssh_is_seen_within_a_second_and_idle_runs_nothing() =>
        FlipAsync(new WatchOptions { Mode = WatchMode.Stream }, idleProgramsAllowed: []);

    [LabFact]
    public Task In_probe_mode_a_standby_flip_over_ssh_is_seen_within_a_second_and_idle_runs_only_probes() =>
        FlipAsync(new WatchOptions { Mode = WatchMode.Probe, ProbeInterval = TimeSpan.FromMilliseconds(500) }, idleProgramsAllowed: ["cibadmin", "stonith_admin"]);

    private async Task FlipAsync(WatchOptions options, string[] idleProgramsAllowed)
    {
        lab.EnsureUp();
        var (ssh, owned) = LabTransports.Open(lab, LabTransports.Ssh);
        await using var _ = owned;
        var runner = new CountingRunner(ssh);
        var updates = Channel.CreateUnbounded<WatchUpdate>();
        var query = new ClusterStatusQuery(runner);
        await using var watcher = new ClusterWatcher(runner, query.QueryAsync, u => updates.Writer.TryWrite(u), options).Start();
        try
        {
            // The first fetch, then settle (a previous test may have left the cluster moving).
            var first = await NextAsync(updates, u => Standby(u) == false);
            Assert.True(first.Status.Succeeded, first.Status.Error);
            while (await QuietAsync(updates, TimeSpan.FromSeconds(1)) is false)
            {
            }

            // While nothing changes for 3 s: no crm_mon, nothing but the allowed probes.
            var before = runner.Counts;
            Assert.True(await QuietAsync(updates, TimeSpan.FromSeconds(3)), "no update while idle");
            var during = runner.Counts.Where(kv => kv.Value != before.GetValueOrDefault(kv.Key)).Select(kv => kv.Key).ToList();
            output.WriteLine($"{watcher.Mode}: ran while idle: [{string.Join(", ", during)}]; counts {Show(runner.Counts)}");
            Assert.DoesNotContain("crm_mon", during);
            Assert.All(during, program => Assert.Contains(program, idleProgramsAllowed));

            // Flip standby on: the watcher must fetch a snapshot showing it within a second.
            var clock = Stopwatch.StartNew();
            await SetStandbyAsync("on");
            var seen = await NextAsync(updates, u => Standby(u) == true);
            var latency = clock.Elapsed;
            output.WriteLine($"{watcher.Mode}: standby on seen after {latency.TotalMilliseconds:0} ms ({seen.Reason}, by {seen.DetectedBy})");
            Assert.Equal(FetchReason.Change, seen.Reason);
            Assert.True(latency < TimeSpan.FromSeconds(1), $"standby seen after {latency.TotalMilliseconds:0} ms");
        }
        finally
        {
            await SetStandbyAsync("off");
            await NextAsync(updates, u => Standby(u) == false);
        }
    }

    private bool? Standby(WatchUpdate update) => update.Status.Snapshot?.FindNode(lab.NodeName)?.Standby;

    private async Task SetStandbyAsync(string value)
    {
        var result = await lab.Runner.RunAsync(CommandLine.Of("crm_attribute", "--node", lab.NodeName, "--name", "standby", "--update", value));
        Assert.True(result.Succeeded, result.Stderr);
    }

    private static async Task<WatchUpdate> NextAsync(Channel<WatchUpdate> updates, Func<WatchUpdate, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var update = await updates.Reader.ReadAsync(timeout.Token);
            if (wanted(update))
                return update;
        }
    }

    private static async Task<bool> QuietAsync(Channel<WatchUpdate> updates, TimeSpan quiet)
    {
        using var timeout = new CancellationTokenSource(quiet);
        try
        {
            await updates.Reader.WaitToReadAsync(timeout.Token);
            while (updates.Reader.TryRead(out _))
            {
            }
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private static string Show(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
}
