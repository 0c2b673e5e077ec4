using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Core.Diff;

/// <summary>
/// Turns two consecutive snapshots into the typed events between them. Pure and deterministic:
/// no clock, no I/O, and the result is sorted by subject kind, subject, phase, kind and detail
/// (<see cref="EventOrder"/>). Only state is compared; volatile fields (times, durations, call ids
/// of operations, derived counts) never produce events, so an idle cluster produces none. See
/// docs/events.md.
/// </summary>
public static class SnapshotDiffer
{
    /// <summary>The events from <paramref name="previous"/> to <paramref name="next"/>, each stamped with <paramref name="at"/>.</summary>
    /// <remarks>
    /// A refusal (crm_mon could not read the CIB) carries no cluster state, so diffing against one
    /// gives no events; callers report the refusal itself and diff the next good snapshot against
    /// the last good one.
    /// </remarks>
    public static ImmutableArray<ClusterEvent> Diff(ClusterSnapshot previous, ClusterSnapshot next, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        if (previous.IsRefusal || next.IsRefusal)
        {
            return [];
        }

        var events = new List<ClusterEvent>();
        ClusterDiff.Compare(previous, next, events);
        NodeDiff.Compare(previous, next, events);
        ResourceDiff.Compare(previous, next, events);
        HistoryDiff.Compare(previous, next, events);
        RecordsDiff.Compare(previous, next, events);

        events.Sort(EventOrder.Instance);
        var builder = ImmutableArray.CreateBuilder<ClusterEvent>(events.Count);
        foreach (var e in events)
        {
            builder.Add(e with { At = at });
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The same events with <see cref="ClusterEvent.At"/> left at its default, for callers that stamp them later.</summary>
    public static ImmutableArray<ClusterEvent> Diff(ClusterSnapshot previous, ClusterSnapshot next) =>
        Diff(previous, next, default);
}
