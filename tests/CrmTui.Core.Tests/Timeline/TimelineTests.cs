using CrmTui.Core.Model;
using CrmTui.Core.Tests.Diff;
using CrmTui.Core.Timeline;

namespace CrmTui.Core.Tests.Timeline;

public sealed class TimelineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_snapshot_records_nothing_and_a_change_records_its_events()
    {
        var timeline = new SnapshotTimeline("prod");

        Assert.Empty(timeline.Observe(Snap.Healthy(), T0));
        var records = timeline.Observe(Snap.Healthy().WithNode("node2", n => n with { Standby = true }), T0.AddSeconds(5));

        var record = Assert.Single(records);
        Assert.Equal(new TimelineRecord(T0.AddSeconds(5), "prod", "NodeStateChanged", "Node", "node2", "", "node2: online → standby"), record);
        Assert.Equal([record], timeline.Store.Entries.ToArray());
    }

    [Fact]
    public void A_refusal_in_between_loses_nothing()
    {
        // Given a good snapshot, then crm_mon refusing, then the changed cluster
        var sink = new List<TimelineRecord>();
        var timeline = new SnapshotTimeline("prod", sink: sink.AddRange);
        timeline.Observe(Snap.Healthy(), T0);
        var refusal = new ClusterSnapshot { Status = new ResultStatus { Code = 102, Message = "Not connected", Errors = ["crm_mon: Error: cluster is not available on this node"] } };
        Assert.True(refusal.IsRefusal);

        Assert.Empty(timeline.Observe(refusal, T0.AddSeconds(1)));
        var records = timeline.Observe(Snap.Healthy().WithNode("node3", n => n with { Online = false }), T0.AddSeconds(2));

        // Then the change is diffed against the last good snapshot and reaches the sink
        Assert.Equal("node3: online → offline", Assert.Single(records).Text);
        Assert.Equal(records.ToArray(), sink.ToArray());
    }

    [Fact]
    public void The_store_keeps_only_the_newest_records_up_to_its_capacity()
    {
        var store = new EventTimeline(capacity: 3);

        store.Add(Enumerable.Range(1, 5).Select(i => Record(i)));

        Assert.Equal(["e3", "e4", "e5"], store.Entries.Select(r => r.Text));
        Assert.Equal(2, store.Dropped);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventTimeline(0));
    }

    [Fact]
    public void A_record_round_trips_through_one_json_line_whatever_its_text()
    {
        var record = new TimelineRecord(T0.AddMilliseconds(123), "prod \"eu\"", "ResourceMoved", "Resource", "vip [ip]",
            "node1/node2", "vip [ip] moved node1 → node2\n$(id) 'x' \\ ✓");

        var line = TimelineJson.ToLine(record);

        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("{\"at\":\"2026-11-22T08:00:00.1230000+00:00\",\"cluster\":", line, StringComparison.Ordinal);
        Assert.Equal(record, TimelineJson.TryParse(line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"text\":\"no time\"}")]
    [InlineData("{\"at\":\"yesterday\",\"text\":\"x\"}")]
    [InlineData("{\"at\":\"2026-11-22T08:00:00Z\",\"text\":")]
    public void A_line_that_is_not_a_record_is_not_read_as_one(string line)
    {
        Assert.Null(TimelineJson.TryParse(line));
    }

    [Fact]
    public void A_file_is_appended_to_and_read_back_skipping_damaged_lines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crmtui-timeline-{Guid.NewGuid():N}.jsonl");
        try
        {
            TimelineFile.Append(path, [Record(1), Record(2)]);
            File.AppendAllText(path, "{\"at\":\"2026-11-22T08:0");   // a write cut short by a crash
            File.AppendAllText(path, "\n");
            TimelineFile.Append(path, [Record(3)]);

            var (records, skipped) = TimelineFile.Read(path);

            Assert.Equal(["e1", "e2", "e3"], records.Select(r => r.Text));
            Assert.Equal(1, skipped);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_snapshot_remembers_its_fence_history_and_failures_at_their_own_times()
    {
        var fenced = new FenceEvent { Target = "node3", Action = "reboot", Status = "success", Origin = "node1", Delegate = "node2", Completed = CrmTime.Parse("2026-11-22 07:30:00Z") };
        var snapshot = Snap.Healthy() with { FenceHistory = [fenced], Failures = [Snap.Failure("dummy1_monitor_10000", "node1", 7)] };

        var events = SnapshotTimeline.Remembered(snapshot, T0);

        Assert.Equal(
            ["2026-11-22 05:00:00Z dummy1 monitor failed on node1 (not running)", "2026-11-22 07:30:00Z node3: fence reboot success by node2 (requested by node1)"],
            events.Select(e => $"{e.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z {e.Describe()}"));
    }

    [Theory]
    [InlineData(0.2, "just now")]
    [InlineData(42, "42s ago")]
    [InlineData(59.9, "59s ago")]
    [InlineData(300, "5m ago")]
    [InlineData(3 * 3600 + 59, "3h ago")]
    [InlineData(2 * 86400 + 5, "2d ago")]
    [InlineData(-30, "in the future")]
    public void Ages_are_given_in_one_unit(double seconds, string expected)
    {
        Assert.Equal(expected, RelativeAge.Format(T0, T0.AddSeconds(seconds)));
    }

    private static TimelineRecord Record(int i) => new(T0.AddSeconds(i), "c", "NodeAdded", "Node", "n" + i, "", "e" + i);
}
