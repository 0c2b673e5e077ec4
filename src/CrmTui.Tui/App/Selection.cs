using CrmTui.Tui.Presentation;

namespace CrmTui.Tui.App;

/// <summary>
/// What the selected row stands for, for actions: <c>Selection.Of(state, context)</c> gives the
/// <see cref="SelectedItem"/> of the focused view's selected row (resource id, node, tree
/// position), or null for headings, notes and empty views.
/// </summary>
public static class Selection
{
    public static SelectedItem? Of(UiState state, UiContext context) =>
        state.Position.SelectedId is { } id
            ? ViewTables.Entries(state, context, state.View).FirstOrDefault(e => e.Row.Id == id)?.Target
            : null;
}
