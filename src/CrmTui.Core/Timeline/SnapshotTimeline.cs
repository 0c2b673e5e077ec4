using System.Collections.Immutable;
using CrmTui.Core.Diff;
using CrmTui.Core.Model;

namespace CrmTui.Core.Timeline;

/// <summary>
/// Feeds a stream of snapshots of one cluster into a timeline: each good snapshot is diffed
/// against the last good one (refusals are skipped, so a blip in the connection loses nothing),
/// the events go into the <see cref="EventTimeline"/> and to the optional sink (a JSON-lines
/// file). Not thread-safe: one producer (a watcher) feeds it.
/// </summary>
public sealed class SnapshotTimeline(string cluster, EventTimeline? store = null, Action<IReadOnlyList<TimelineRecord>>? sink = null)
{
    private ClusterSnapshot? _last;

    public string Cluster { get; } = cluster;

    public EventTimeline Store { get; } = store ?? new EventTimeline();

    /// <summary>Diffs <paramref name="snapshot"/> against the previous good one and records the events; returns them.</summary>
    public ImmutableArray<TimelineRecord> Observe(ClusterSnapshot snapshot, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.IsRefusal)
            return [];
        var previous = _last;
        _last = snapshot;
        if (previous is null)
            return [];
        var records = SnapshotDiffer.Diff(previous, snapshot, at).Select(e => TimelineRecord.From(e, Cluster)).ToImmutableArray();
        if (!records.IsEmpty)
        {
            Store.Add(records);
            sink?.Invoke(records);
        }
        return records;
    }

    /// <summary>
    /// What a single snapshot still remembers of the past: its fence history and its failed
    /// actions, as the events that recorded them, each stamped with its own time when crm_mon gives
    /// one (else <paramref name="now"/>), oldest first.
    /// </summary>
    public static ImmutableArray<ClusterEvent> Remembered(ClusterSnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.IsRefusal)
            return [];
        var blank = snapshot with { FenceHistory = [], Failures = [] };
        var events = SnapshotDiffer.Diff(blank, snapshot)
            .Where(e => e is FenceEventRecorded or FailureAppeared)
            .Select(e => e with { At = TimeOf(e, snapshot) ?? now });
        return [.. events.OrderBy(e => e.At)];
    }

    private static DateTimeOffset? TimeOf(ClusterEvent e, ClusterSnapshot snapshot) => e switch
    {
        FenceEventRecorded f => snapshot.FenceHistory.FirstOrDefault(h => h.Target == f.Target && h.Action == f.Action && h.Status == f.Status && h.Completed?.Raw == f.Completed)?.Completed?.Value,
        FailureAppeared a => snapshot.Failures.FirstOrDefault(x => x.Node == a.Node && x.Key == a.OpKey && x.Call == a.Call)?.LastRcChange?.Value,
        _ => null,
    };
}
