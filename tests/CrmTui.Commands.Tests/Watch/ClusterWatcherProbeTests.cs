using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;

namespace CrmTui.Commands.Tests.Watch;

public sealed class ClusterWatcherProbeTests
{
    [Fact]
    public async Task While_the_CIB_version_stays_the_same_only_probes_run()
    {
        // Given a watcher in probe mode after its first fetch
        await using var h = new WatchHarness(WatchHarness.Fast(WatchMode.Probe), streaming: false);
        h.Watcher.Start();
        var first = await h.NextAsync();
        Assert.Equal(FetchReason.First, first.Reason);
        Assert.True(first.Status.Succeeded);

        // When several probes run on an unchanged cluster
        Assert.True(await WatchHarness.EventuallyAsync(() => h.Recording.CallsTo("cibadmin").Count >= 4));

        // Then crm_mon ran only the first time
        Assert.True(await h.StaysQuietAsync(TimeSpan.FromMilliseconds(150)));
        Assert.Equal(1, h.CrmMonRuns);
        Assert.Equal(1, h.Watcher.Fetches);
    }

    [Fact]
    public async Task A_new_CIB_version_triggers_one_full_fetch()
    {
        await using var h = await WatchHarness.ProbingAsync();
        Assert.True(await WatchHarness.EventuallyAsync(() => h.Recording.CallsTo("cibadmin").Count >= 1));

        // When the CIB is written
        h.WriteCib();

        // Then the next probe notices and crm_mon runs once
        var update = await h.NextAsync();
        Assert.Equal(FetchReason.Change, update.Reason);
        Assert.Equal(WatchMode.Probe, update.DetectedBy);
        Assert.True(await h.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(2, h.CrmMonRuns);
    }

    [Fact]
    public async Task A_new_fence_history_entry_triggers_a_fetch_though_the_CIB_did_not_change()
    {
        await using var h = await WatchHarness.ProbingAsync();
        Assert.True(await WatchHarness.EventuallyAsync(() => h.Recording.CallsTo("stonith_admin").Count >= 1));

        h.RecordFence();

        Assert.Equal(FetchReason.Change, (await h.NextAsync()).Reason);
    }

    [Fact]
    public async Task The_probes_are_the_CIB_root_alone_and_the_fencer_history_as_XML()
    {
        await using var h = await WatchHarness.ProbingAsync();
        Assert.True(await WatchHarness.EventuallyAsync(() => h.Recording.CallsTo("stonith_admin").Count >= 1));

        Assert.Equal(["cibadmin", "--query", "--xpath=/cib", "--no-children"], h.Recording.CallsTo("cibadmin")[0].Argv.ToArray());
        Assert.Equal(["stonith_admin", "--history=*", "--output-as=xml"], h.Recording.CallsTo("stonith_admin")[0].Argv.ToArray());
    }

    [Fact]
    public async Task RefreshNow_fetches_at_once()
    {
        await using var h = await WatchHarness.ProbingAsync();

        h.Watcher.RefreshNow();

        Assert.Equal(FetchReason.Requested, (await h.NextAsync()).Reason);
    }

    [Fact]
    public async Task The_safety_refresh_fetches_when_nothing_signalled_a_change()
    {
        await using var h = await WatchHarness.ProbingAsync(WatchHarness.Fast(WatchMode.Probe) with { SafetyRefresh = TimeSpan.FromSeconds(1) });

        var update = await h.NextAsync();

        Assert.Equal(FetchReason.Safety, update.Reason);
    }

    [Fact]
    public async Task Poll_mode_runs_crm_mon_every_interval_and_no_probes()
    {
        await using var h = await WatchHarness.StartedAsync(WatchHarness.Fast(WatchMode.Poll) with { ProbeInterval = TimeSpan.FromSeconds(1) }, streaming: true);

        Assert.Equal(FetchReason.Poll, (await h.NextAsync()).Reason);
        Assert.Equal(0, h.ProbeRuns);
        Assert.Empty(h.Streamer.Streams);
    }

    [Fact]
    public async Task A_fetch_that_throws_is_reported_as_unreachable_and_the_watch_goes_on()
    {
        var calls = 0;
        await using var h = new WatchHarness(WatchHarness.Fast(WatchMode.Probe), streaming: false,
            fetch: _ => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("boom") : Task.FromResult(new StatusResult(StatusKind.Ok, null, null, "x", TimeSpan.Zero)));
        h.Watcher.Start();

        var failed = await h.NextAsync();
        Assert.Equal(StatusKind.Unreachable, failed.Status.Kind);
        Assert.Equal("boom", failed.Status.Error);

        h.Watcher.RefreshNow();
        Assert.True((await h.NextAsync()).Status.Succeeded);
    }

    [Fact]
    public async Task After_a_failed_fetch_change_signals_wait_for_the_backoff()
    {
        // Given a fetch that fails and a 1 s backoff
        var options = WatchHarness.Fast(WatchMode.Probe) with { FailureBackoff = TimeSpan.FromSeconds(1) };
        await using var h = new WatchHarness(options, streaming: false,
            fetch: _ => Task.FromResult(new StatusResult(StatusKind.Refused, null, "not running", "x", TimeSpan.Zero)));
        h.Watcher.Start();
        var first = await h.NextAsync();
        var started = DateTimeOffset.UtcNow;
        Assert.True(await WatchHarness.EventuallyAsync(() => h.Recording.CallsTo("cibadmin").Count >= 1));

        // When the CIB keeps changing
        h.WriteCib();
        await Task.Delay(150);
        h.WriteCib();

        // Then the next fetch waits out the backoff after the failure
        var second = await h.NextAsync();
        Assert.Equal(FetchReason.Change, second.Reason);
        Assert.True(second.At - first.At >= TimeSpan.FromMilliseconds(900), $"fetched again after {(second.At - first.At).TotalMilliseconds} ms");
        Assert.True(DateTimeOffset.UtcNow - started < WatchHarness.Patience);
    }
}
