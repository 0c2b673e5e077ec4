using System.Collections.Immutable;
using CrmTui.Core.Diff;
using CrmTui.Core.Timeline;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// The Events view: what changed between polls, newest first, with a relative age ("12s ago") and
/// the event's own sentence (<see cref="ClusterEvent.Describe"/>), coloured by what it means.
/// </summary>
public static class EventRows
{
    public static ImmutableArray<TableColumn> Columns { get; } =
    [
        new("When", ColumnAlign.Right, MinWidth: 8, MaxWidth: 16),
        new("Event", MinWidth: 20),
    ];

    public static ImmutableArray<ViewEntry> For(IReadOnlyList<ClusterEvent> timeline, DateTimeOffset now)
    {
        var rows = ImmutableArray.CreateBuilder<ViewEntry>(timeline.Count);
        foreach (var (rowId, e) in Ordered(timeline))
        {
            var target = e.SubjectKind switch
            {
                EventSubject.Node => new SelectedItem(SelectedKind.Event, Node: e.Subject),
                EventSubject.Resource => new SelectedItem(SelectedKind.Event, e.Subject),
                EventSubject.Ticket => new SelectedItem(SelectedKind.Event) { TicketId = e.Subject },
                _ => new SelectedItem(SelectedKind.Event),
            };
            rows.Add(new ViewEntry(new TableRow(rowId,
            [
                new TextSpan(RelativeAge.Format(e.At, now), StyleRole.Dim),
                new TextSpan(e.Describe(), Role(e.Kind)),
            ]), target));
        }
        return rows.MoveToImmutable();
    }

    /// <summary>The event behind a row of the view, or null.</summary>
    public static ClusterEvent? Find(IReadOnlyList<ClusterEvent> timeline, string rowId) =>
        Ordered(timeline).FirstOrDefault(x => x.RowId == rowId).Event;

    /// <summary>
    /// The detail of one event (Enter): what changed, from → to, when (absolute and relative), the
    /// host whose status reported it (<paramref name="host"/>, null when unknown, as in a replay).
    /// </summary>
    public static DetailModel Detail(ClusterEvent e, DateTimeOffset now, string? host)
    {
        ArgumentNullException.ThrowIfNull(e);
        var lines = ImmutableArray.CreateBuilder<HeaderField>();
        lines.Add(new HeaderField("Event", new TextSpan(e.Describe(), Role(e.Kind))));
        lines.Add(new HeaderField(e.SubjectKind.ToString(), e.Subject));
        if (EventChange.Of(e) is { } change)
        {
            lines.Add(new HeaderField("Changed", change.What));
            lines.Add(new HeaderField("From", change.From));
            lines.Add(new HeaderField("To", new TextSpan(change.To, Role(e.Kind))));
        }
        lines.Add(new HeaderField("When", $"{EventChange.Absolute(e.At)} ({RelativeAge.Format(e.At, now)})"));
        lines.Add(new HeaderField("Reported by", host ?? "unknown (recorded)"));
        return new DetailModel($"Event: {Words(e.Kind)}", lines.ToImmutable());
    }

    // NodeStateChanged → "node state changed".
    private static string Words(EventKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    // Newest poll first; within one poll, the differ's order (cluster, nodes, resources, tickets).
    // A second identical event in one poll gets "#2".
    private static IEnumerable<(string RowId, ClusterEvent Event)> Ordered(IReadOnlyList<ClusterEvent> timeline)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in timeline.Select((e, i) => (e, i)).OrderByDescending(x => x.e.At).ThenBy(x => x.i).Select(x => x.e))
        {
            var id = IdOf(e);
            var n = ids[id] = ids.GetValueOrDefault(id) + 1;
            yield return (n == 1 ? id : $"{id}#{n}", e);
        }
    }

    /// <summary>A row id stable across polls (a second identical event in one poll gets "#2").</summary>
    public static string IdOf(ClusterEvent e) => $"event:{e.At.UtcTicks}:{e.Kind}:{e.Subject}:{e.Detail}";

    public static StyleRole Role(EventKind kind) => kind switch
    {
        EventKind.ResourceFailed or EventKind.FailureAppeared or EventKind.FailCountUp or EventKind.QuorumLost
            or EventKind.FenceEventRecorded or EventKind.TicketRevoked => StyleRole.EventFailure,
        EventKind.NodeAdded or EventKind.ResourceStarted or EventKind.ResourcePromoted or EventKind.ResourceRecovered
            or EventKind.FailureCleared or EventKind.FailCountReset or EventKind.QuorumGained or EventKind.TicketGranted
            or EventKind.NodeAttributeAdded or EventKind.BanRemoved => StyleRole.EventNew,
        EventKind.NodeRemoved or EventKind.ResourceStopped or EventKind.NodeAttributeRemoved => StyleRole.EventRemoved,
        _ => StyleRole.EventChanged,
    };
}
