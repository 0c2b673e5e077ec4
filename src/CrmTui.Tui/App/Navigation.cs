using CrmTui.Tui.Input;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>Cursor movement and view switching; keeps the selection on a real row and in view.</summary>
public static class Navigation
{
    private static readonly ViewKind[] _views = Enum.GetValues<ViewKind>();

    public static UiState Move(UiState state, UiCommand command, UiContext context)
    {
        var rows = ViewTables.Rows(state, context, state.View);
        var page = ScreenLayout.For(state, context).PageSize;
        var p = state.Position;
        var selected = command switch
        {
            UiCommand.CursorDown => p.Selected + 1,
            UiCommand.CursorUp => p.Selected - 1,
            UiCommand.PageDown => p.Selected + page,
            UiCommand.PageUp => p.Selected - page,
            UiCommand.CursorTop => 0,
            UiCommand.CursorBottom => rows.Length - 1,
            _ => p.Selected,
        };
        return Select(state, rows, selected, page);
    }

    public static UiState SwitchTo(UiState state, ViewKind view, UiContext context) =>
        Reconcile(state with { View = view, DetailOpen = false }, context);

    public static UiState Cycle(UiState state, int step, UiContext context)
    {
        var index = (Array.IndexOf(_views, state.View) + step + _views.Length) % _views.Length;
        return SwitchTo(state, _views[index], context);
    }

    /// <summary>
    /// After the rows changed (new snapshot, filter, view switch): with follow on, the selection
    /// moves to the row with the same id; otherwise it keeps its index, clamped to the rows.
    /// </summary>
    public static UiState Reconcile(UiState state, UiContext context)
    {
        var rows = ViewTables.Rows(state, context, state.View);
        var p = state.Position;
        var selected = p.Selected;
        if (state.Follow && p.SelectedId is { } id)
        {
            var found = rows.IndexOf(rows.FirstOrDefault(r => r.Id == id)!);
            if (found >= 0)
            {
                selected = found;
            }
        }
        return Select(state, rows, selected, ScreenLayout.For(state, context).PageSize);
    }

    private static UiState Select(UiState state, System.Collections.Immutable.ImmutableArray<TableRow> rows, int selected, int page)
    {
        var clamped = rows.IsEmpty ? 0 : Math.Clamp(selected, 0, rows.Length - 1);
        var offset = TableWidget.VisibleOffset(clamped, state.Position.Offset, page, rows.Length);
        var id = rows.IsEmpty ? state.Position.SelectedId : rows[clamped].Id;
        return state.WithPosition(new ViewPosition(clamped, offset, id));
    }
}
