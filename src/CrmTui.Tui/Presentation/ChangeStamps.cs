using System.Collections.Immutable;
using CrmTui.Core.Diff;
using CrmTui.Core.Model;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// Which rows of the Resources and Events views a new snapshot changed, stamped with the poll's
/// time so they are drawn highlighted for a moment (as Nodes and Failures rows are).
/// </summary>
public static class ChangeStamps
{
    /// <summary>Resource rows that are new or whose cells differ, under the toggles in force.</summary>
    public static ImmutableDictionary<string, DateTimeOffset> Resources(
        ImmutableDictionary<string, DateTimeOffset> changed, ClusterSnapshot previous, ClusterSnapshot next, ResourceViewOptions options, DateTimeOffset at)
    {
        var before = new Dictionary<string, ImmutableArray<Widgets.TextSpan>>(StringComparer.Ordinal);
        foreach (var entry in ResourceRows.For(previous, options))
        {
            before[entry.Row.Id] = entry.Row.Cells;
        }
        foreach (var entry in ResourceRows.For(next, options))
        {
            if (entry.Target is not null && (!before.TryGetValue(entry.Row.Id, out var old) || !old.SequenceEqual(entry.Row.Cells)))
            {
                changed = changed.SetItem(entry.Row.Id, at);
            }
        }
        return changed;
    }

    /// <summary>The rows of events that arrived with this poll.</summary>
    public static ImmutableDictionary<string, DateTimeOffset> Events(
        ImmutableDictionary<string, DateTimeOffset> changed, IEnumerable<ClusterEvent> events, DateTimeOffset at)
    {
        foreach (var e in events.Where(e => e.At == at))
        {
            changed = changed.SetItem(EventRows.IdOf(e), at);
        }
        return changed;
    }
}
