using System.Collections.Immutable;
using CrmTui.Tui.Presentation;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// The rows each view shows for a state, after the filter, with recent changes flagged. The one
/// place that maps a view to its presenter; a new view adds a case here.
/// </summary>
public static class ViewTables
{
    public static ImmutableArray<TableColumn> Columns(UiState state, ViewKind view) => view switch
    {
        ViewKind.Nodes => NodeRows.Columns,
        ViewKind.Resources => ResourceRows.Columns(ResourceViewOptions.From(state.IsOn)),
        ViewKind.Failures => FailureRows.Columns,
        ViewKind.Events => EventRows.Columns,
        ViewKind.CommandLog => CommandLogRows.Columns,
        _ => [new TableColumn("")],
    };

    /// <summary>Every row of a view (before the filter) with what it stands for; see <see cref="Selection"/>.</summary>
    public static ImmutableArray<ViewEntry> Entries(UiState state, UiContext context, ViewKind view) => view switch
    {
        ViewKind.Nodes when state.Snapshot is { } s => NodeEntries(state, s, context),
        ViewKind.Resources when state.Snapshot is { } s => ResourceRows.For(s, ResourceViewOptions.From(state.IsOn), state.Constraints, state.ConstraintsError),
        ViewKind.Failures when state.Snapshot is { } s => FailureEntries(state, s),
        ViewKind.Events => EventRows.For(state.Events, state.Now),
        ViewKind.CommandLog => [.. CommandLogRows.For(state.CommandLog).Select(r => new ViewEntry(r, null))],
        _ => [],
    };

    public static ImmutableArray<TableRow> Rows(UiState state, UiContext context, ViewKind view)
    {
        var all = Entries(state, context, view).Select(e => e.Row).ToImmutableArray();
        var (rows, _) = RowFilter.Apply(all, state.Filter);
        return [.. rows.Select(r => state.ChangedAt.TryGetValue(r.Id, out var at) && state.Now - at < context.ChangeHighlight ? r with { Changed = true } : r)];
    }

    public static TableModel Model(UiState state, UiContext context, ViewKind view)
    {
        var position = state.Positions.GetValueOrDefault(view) ?? new ViewPosition();
        var filtered = state.Filter.Length > 0;
        var empty = view switch
        {
            ViewKind.Nodes or ViewKind.Resources or ViewKind.Failures when state.Snapshot is null => "waiting for the first status…",
            _ when filtered => $"no row matches /{state.Filter}",
            ViewKind.Failures => "no failed actions",
            ViewKind.Resources => state.IsOn(Input.UiCommand.ToggleInactive) ? "no resources configured" : "no active resources (r shows inactive ones)",
            ViewKind.Events => "no changes seen yet: events appear when a poll differs from the one before",
            ViewKind.CommandLog => "no actions run yet",
            ViewKind.Nodes => "no nodes",
            _ => $"the {view} view is not built yet",
        };
        return new TableModel(Columns(state, view), Rows(state, context, view), position.Selected, position.Offset, empty, state.Dialog is null && !state.HelpVisible);
    }

    private static ImmutableArray<ViewEntry> NodeEntries(UiState state, Core.Model.ClusterSnapshot s, UiContext context)
    {
        var attributes = state.IsOn(Input.UiCommand.ToggleAttributes);
        var details = state.IsOn(Input.UiCommand.ToggleDetails);
        var entries = ImmutableArray.CreateBuilder<ViewEntry>();
        foreach (var node in s.Nodes)
        {
            entries.Add(new ViewEntry(NodeRows.Row(node, context.Glyphs, details), new SelectedItem(SelectedKind.Node, Node: node.Name)));
            if (attributes)
            {
                entries.AddRange(NodeAttributeRows.For(s, node.Name));
            }
        }
        return entries.ToImmutable();
    }

    // Fencing history only when the poll asked crm_mon for it (or it has events): a section that
    // always says "none" because nobody asked would mislead.
    private static ImmutableArray<ViewEntry> FailureEntries(UiState state, Core.Model.ClusterSnapshot s)
    {
        var failures = FailureRows.For(s, state.Now).Select(r => new ViewEntry(r, FailureTarget(s, r.Id))).ToImmutableArray();
        if (!s.HasSection("fence_history") && s.FenceHistory.IsEmpty)
        {
            return failures;
        }
        var fencing = FenceHistoryRows.For(s, state.FenceHistoryLevel, state.Now);
        if (failures.IsEmpty && !fencing.IsEmpty)
        {
            failures = [new ViewEntry(new TableRow("failures:none", ["", new TextSpan("no failed actions", Theming.StyleRole.Dim)]), null)];
        }
        return failures.AddRange(fencing);
    }

    private static SelectedItem? FailureTarget(Core.Model.ClusterSnapshot s, string id) =>
        FailureRows.Find(s, id) is { } f ? new SelectedItem(SelectedKind.Failure, f.Resource, f.Node) : null;
}
