using CrmTui.Tui.Presentation;

namespace CrmTui.Tui.App;

/// <summary>
/// What the selected row stands for, for actions: <c>Selection.Of(state, context)</c> gives the
/// <see cref="SelectedItem"/> of the focused view's selected row (resource id, node, tree
/// position), or null for headings, notes, empty views and a row the filter hides — an action
/// never lands on a row the operator cannot see.
/// </summary>
public static class Selection
{
    public static SelectedItem? Of(UiState state, UiContext context)
    {
        if (state.Position.SelectedId is not { } id)
            return null;
        var entries = ViewTables.Entries(state, context, state.View);
        var (visible, _) = RowFilter.Apply([.. entries.Select(e => e.Row)], state.Filter);
        return visible.Any(r => r.Id == id) ? entries.FirstOrDefault(e => e.Row.Id == id)?.Target : null;
    }
}
