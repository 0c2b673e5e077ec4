using System.Collections.Immutable;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// Fencing history at crm_mon's levels (<c>m</c> cycles them): 0 none; 1 failed and pending
/// actions; 2 also successful ones; 3 every event. Below level 3, as crm_mon, only the latest
/// event per target, action and outcome is kept, and its time is called last-failed /
/// last-successful; level 3 lists every event with its completed time. Newest first, pending on top.
/// The dashboard must poll with <c>--fence-history=3</c> for levels 2 and 3 to have data.
/// </summary>
public static class FenceHistoryRows
{
    public static ImmutableArray<ViewEntry> For(ClusterSnapshot snapshot, int level, DateTimeOffset now)
    {
        if (level <= 0)
        {
            return [];
        }
        var events = snapshot.FenceHistory
            .Where(e => level >= 2 || !e.Succeeded)
            .OrderByDescending(e => e.IsPending)
            .ThenByDescending(e => e.Completed?.Value ?? DateTimeOffset.MinValue)
            .ToList();
        if (level < 3)
        {
            events = [.. events.GroupBy(e => (e.Target, e.Action, e.Status)).Select(g => g.First())];
        }
        var title = level == 1 ? "Failed and Pending Fencing Actions" : "Fencing History";
        var rows = ImmutableArray.CreateBuilder<ViewEntry>();
        rows.Add(new ViewEntry(new TableRow("section:fencing", [new TextSpan(title, StyleRole.ColumnHeader)], FullWidth: true), null));
        if (events.Count == 0)
        {
            rows.Add(new ViewEntry(new TableRow("fencing:none", ["", new TextSpan("none", StyleRole.Dim)]), null));
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var id = $"fence:{e.Target}:{e.Action}:{e.Status}:{e.Completed?.Raw}";
            var n = ids[id] = ids.GetValueOrDefault(id) + 1;
            var role = e.IsFailed ? StyleRole.Failure : e.IsPending ? StyleRole.NodePending : StyleRole.Success;
            var age = e.Completed?.Value is { } at ? Ages.Format(now - at) : e.IsPending ? "now" : "?";
            rows.Add(new ViewEntry(
                new TableRow(n == 1 ? id : $"{id}#{n}", [new TextSpan(age, StyleRole.Dim), new TextSpan(Sentence(e, level >= 3), role)]),
                new SelectedItem(SelectedKind.FenceEvent, Node: e.Target)));
        }
        return rows.ToImmutable();
    }

    /// <summary>crm_mon's line: <c>reboot of node3 successful: delegate=node1, client=…, origin=node1, completed='…'</c>.</summary>
    public static string Sentence(FenceEvent e, bool fullHistory)
    {
        if (e.IsPending)
        {
            return $"{e.Action} of {e.Target} pending: client={e.Client}, origin={e.Origin}";
        }
        var outcome = e.Succeeded ? "successful" : e.IsFailed ? "failed" : e.Status;
        var reason = e.ExitReason is { Length: > 0 } r ? $" ({r})" : "";
        var when = fullHistory ? "completed" : e.Succeeded ? "last-successful" : "last-failed";
        var completed = e.Completed is { } c ? $", {when}='{c.Raw}'" : "";
        return $"{e.Action} of {e.Target} {outcome}{reason}: delegate={e.Delegate ?? "none"}, client={e.Client}, origin={e.Origin}{completed}";
    }
}
