using System.Collections.Immutable;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// Everything a table view needs to draw: columns, rows, the selected row index (-1 for none) and
/// the first visible row. <see cref="TableWidget.VisibleOffset"/> keeps the selection in view.
/// </summary>
public sealed record TableModel(
    ImmutableArray<TableColumn> Columns,
    ImmutableArray<TableRow> Rows,
    int Selected = 0,
    int Offset = 0,
    string EmptyText = "(nothing to show)",
    bool Focused = true);
