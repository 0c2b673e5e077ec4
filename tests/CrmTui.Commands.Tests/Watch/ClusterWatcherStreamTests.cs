using System.Collections.Immutable;
using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Commands.Tests.Watch;

public sealed class ClusterWatcherStreamTests
{
    [Fact]
    public async Task Auto_mode_streams_when_the_runner_can_and_probes_otherwise()
    {
        Assert.Equal(WatchMode.Stream, new ClusterWatcher(new ScriptedStreamRunner(), _ => throw new NotSupportedException(), _ => { }).Mode);
        Assert.Equal(WatchMode.Probe, new ClusterWatcher(new RecordingRunner(), _ => throw new NotSupportedException(), _ => { }).Mode);
        var cibFile = new WatchOptions { Environment = ImmutableSortedDictionary<string, string>.Empty.Add("CIB_file", "/tmp/cib.xml") };
        await using var offline = new ClusterWatcher(new ScriptedStreamRunner(), _ => throw new NotSupportedException(), _ => { }, cibFile);
        Assert.Equal(WatchMode.Probe, offline.Mode);
    }

    [Fact]
    public async Task The_stream_is_crm_mon_in_text_mode_with_its_own_timer_at_an_hour()
    {
        await using var h = new WatchHarness(WatchHarness.Fast(WatchMode.Stream), streaming: true);
        h.Watcher.Start();
        await h.Streamer.StreamStarted;

        Assert.Equal(["crm_mon", "--output-as=text", "--interval=3600s"], h.Streamer.Streams[0].Argv.ToArray());
    }

    [Fact]
    public async Task While_the_stream_is_quiet_nothing_else_runs()
    {
        await using var h = await WatchHarness.StreamingAsync();

        // Several probe intervals pass with the stream up and silent
        Assert.True(await h.StaysQuietAsync(TimeSpan.FromMilliseconds(400)));

        Assert.Equal(1, h.CrmMonRuns);
        Assert.Equal(0, h.ProbeRuns);
        Assert.True(h.Watcher.StreamUp);
    }

    [Fact]
    public async Task A_burst_of_stream_lines_is_one_fetch()
    {
        await using var h = await WatchHarness.StreamingAsync(WatchHarness.Fast(WatchMode.Stream) with { Debounce = TimeSpan.FromMilliseconds(100) });

        // crm_mon redraws: a screenful of lines at once
        for (var i = 0; i < 30; i++)
            h.Streamer.Push($"line {i}");

        var update = await h.NextAsync();
        Assert.Equal(FetchReason.Change, update.Reason);
        Assert.Equal(WatchMode.Stream, update.DetectedBy);
        Assert.True(await h.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(2, h.CrmMonRuns);
    }

    [Fact]
    public async Task When_the_stream_breaks_probes_stand_in_and_the_stream_is_restarted()
    {
        await using var h = await WatchHarness.StreamingAsync(Backoff(500));

        // When the connection under the stream breaks
        h.Streamer.Fail(TransportFailure.ConnectionFailed);

        // Then the loss is reported, a fetch reports the state at once, probes run meanwhile, and the stream comes back
        Assert.Equal(FetchReason.StreamLost, (await h.NextAsync()).Reason);
        Assert.Equal(FetchReason.Change, (await h.NextAsync()).Reason);
        Assert.True(await WatchHarness.EventuallyAsync(() => h.ProbeRuns > 0));
        Assert.True(await WatchHarness.EventuallyAsync(() => h.Watcher.StreamStarts == 2 && h.Watcher.StreamUp));
        var probes = h.ProbeRuns;
        // Three probe intervals with the stream back up (a bounded wait, whatever arrives meanwhile)
        _ = await h.StaysQuietAsync(TimeSpan.FromMilliseconds(300));
        Assert.True(h.ProbeRuns <= probes + 1, "probes stop once the stream is back");
    }

    [Fact]
    public async Task A_live_stream_whose_connection_breaks_is_reported_at_once_before_the_fetch_that_follows()
    {
        await using var h = await WatchHarness.StreamingAsync(Backoff(500));
        h.Streamer.Push("crm_mon redraws");
        Assert.Equal(FetchReason.Change, (await h.NextAsync()).Reason);

        // When the connection under the live stream breaks
        h.Streamer.Fail(TransportFailure.ConnectionFailed);

        // Then the failure comes first (the screen marks its data stale), then a fetch
        var lost = await h.NextAsync();
        Assert.Equal(FetchReason.StreamLost, lost.Reason);
        Assert.False(lost.Status.Succeeded);
        Assert.Equal(StatusKind.Unreachable, lost.Status.Kind);
        Assert.Equal(TransportFailure.ConnectionFailed, lost.Status.TransportFailure);
        Assert.StartsWith("live updates lost: ", lost.Status.Error, StringComparison.Ordinal);
        Assert.Equal(FetchReason.Change, (await h.NextAsync()).Reason);
    }

    [Fact]
    public async Task A_stream_that_keeps_breaking_is_reported_once_until_a_stream_prints_again()
    {
        await using var h = await WatchHarness.StreamingAsync(Backoff(100));

        // The host dies before crm_mon printed anything: reported at once all the same
        h.Streamer.Fail(TransportFailure.ConnectionFailed);
        Assert.Equal(FetchReason.StreamLost, (await h.NextAsync()).Reason);
        Assert.Equal(FetchReason.Change, (await h.NextAsync()).Reason);

        // The restart fails too: only the fetch it wakes reports
        await h.Streamer.StreamStarted;
        h.Streamer.Fail(TransportFailure.ConnectionFailed);
        Assert.Equal(FetchReason.Change, (await h.NextAsync()).Reason);

        // A stream that printed and then broke is a new outage
        await h.Streamer.StreamStarted;
        h.Streamer.Push("crm_mon redraws");
        Assert.Equal(FetchReason.Change, (await h.NextAsync()).Reason);
        h.Streamer.Fail(TransportFailure.ConnectionFailed);
        Assert.Equal(FetchReason.StreamLost, (await h.NextAsync()).Reason);
    }

    [Fact]
    public async Task A_stream_that_exits_is_reported_as_lost_too()
    {
        await using var h = await WatchHarness.StreamingAsync(Backoff(500));

        // ssh's client exits 255 without an error text when its master is killed
        h.Streamer.End(255);

        var lost = await h.NextAsync();
        Assert.Equal(FetchReason.StreamLost, lost.Reason);
        Assert.Contains("ended (exit 255)", lost.Status.Error, StringComparison.Ordinal);
        Assert.Equal(FetchReason.Change, (await h.NextAsync()).Reason);
    }

    [Fact]
    public async Task A_stream_that_keeps_dying_is_restarted_with_growing_delays()
    {
        var options = Backoff(100) with { MaxBackoff = TimeSpan.FromSeconds(30) };
        await using var h = new WatchHarness(options, streaming: true);
        h.Watcher.Start();

        // crm_mon exits at once every time (e.g. not installed: exit 127)
        var starts = new List<DateTimeOffset>();
        for (var i = 0; i < 3; i++)
        {
            await h.Streamer.StreamStarted;
            starts.Add(DateTimeOffset.UtcNow);
            h.Streamer.End(127);
            Assert.True(await WatchHarness.EventuallyAsync(() => h.Watcher.StreamStarts > i + 1 || !h.Watcher.StreamUp));
        }
        await h.Streamer.StreamStarted;
        starts.Add(DateTimeOffset.UtcNow);

        // The gaps double: 200 ms, 400 ms, 800 ms
        Assert.True(starts[3] - starts[2] > starts[1] - starts[0], string.Join(", ", starts.Zip(starts.Skip(1), (a, b) => (b - a).TotalMilliseconds)));
        Assert.True(starts[3] - starts[2] >= TimeSpan.FromMilliseconds(700));
    }

    private static WatchOptions Backoff(int milliseconds) =>
        WatchHarness.Fast(WatchMode.Stream) with { FailureBackoff = TimeSpan.FromMilliseconds(milliseconds) };
}
