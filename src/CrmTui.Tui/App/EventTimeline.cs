using System.Collections.Immutable;
using CrmTui.Core.Diff;
using CrmTui.Core.Model;

namespace CrmTui.Tui.App;

/// <summary>
/// The Events view's memory: the differ's events from each new snapshot, oldest first, bounded so
/// a long-running dashboard does not grow without end. The first snapshot has nothing to compare
/// with and adds nothing.
/// </summary>
public static class EventTimeline
{
    public const int Limit = 1000;

    public static ImmutableList<ClusterEvent> Append(ImmutableList<ClusterEvent> timeline, ClusterSnapshot? previous, ClusterSnapshot next, DateTimeOffset at)
    {
        if (previous is null)
        {
            return timeline;
        }
        var events = SnapshotDiffer.Diff(previous, next, at);
        if (events.IsEmpty)
        {
            return timeline;
        }
        var appended = timeline.AddRange(events);
        return appended.Count > Limit ? appended.RemoveRange(0, appended.Count - Limit) : appended;
    }

    /// <summary>Records <paramref name="host"/> for the events stamped <paramref name="at"/> (if any came) and
    /// forgets the hosts of events the bounded timeline dropped.</summary>
    public static ImmutableDictionary<DateTimeOffset, string> Hosts(ImmutableDictionary<DateTimeOffset, string> hosts,
        ImmutableList<ClusterEvent> timeline, DateTimeOffset at, string host)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.IsEmpty || timeline[^1].At != at)
        {
            return hosts;
        }
        var oldest = timeline[0].At;
        return hosts.RemoveRange(hosts.Keys.Where(k => k < oldest)).SetItem(at, host);
    }
}
