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
    public static ImmutableArray<TableColumn> Columns(ViewKind view) => view switch
    {
        ViewKind.Nodes => NodeRows.Columns,
        ViewKind.Failures => FailureRows.Columns,
        ViewKind.CommandLog => CommandLogRows.Columns,
        _ => [new TableColumn("")],
    };

    public static ImmutableArray<TableRow> Rows(UiState state, UiContext context, ViewKind view)
    {
        ImmutableArray<TableRow> all = view switch
        {
            ViewKind.Nodes when state.Snapshot is { } s => NodeRows.For(s, context.Glyphs),
            ViewKind.Failures when state.Snapshot is { } s => FailureRows.For(s, state.Now),
            ViewKind.CommandLog => CommandLogRows.For(state.CommandLog),
            _ => [],
        };
        var (rows, _) = RowFilter.Apply(all, state.Filter);
        return [.. rows.Select(r => state.ChangedAt.TryGetValue(r.Id, out var at) && state.Now - at < context.ChangeHighlight ? r with { Changed = true } : r)];
    }

    public static TableModel Model(UiState state, UiContext context, ViewKind view)
    {
        var position = state.Positions.GetValueOrDefault(view) ?? new ViewPosition();
        var empty = view switch
        {
            ViewKind.Nodes or ViewKind.Failures when state.Snapshot is null => "waiting for the first status…",
            ViewKind.Failures => state.Filter.Length > 0 ? $"no failure matches /{state.Filter}" : "no failed actions",
            ViewKind.CommandLog => "no actions run yet",
            ViewKind.Nodes => state.Filter.Length > 0 ? $"no node matches /{state.Filter}" : "no nodes",
            _ => $"the {view} view is not built yet",
        };
        return new TableModel(Columns(view), Rows(state, context, view), position.Selected, position.Offset, empty, state.Dialog is null && !state.HelpVisible);
    }
}
