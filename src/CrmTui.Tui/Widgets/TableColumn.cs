namespace CrmTui.Tui.Widgets;

/// <summary>
/// A table column. Its width is measured from the header and the cells; <paramref name="MaxWidth"/>
/// caps it, and when the table is too wide the widest columns give way first, never below
/// <paramref name="MinWidth"/>.
/// </summary>
public sealed record TableColumn(string Header, ColumnAlign Align = ColumnAlign.Left, int MinWidth = 3, int MaxWidth = int.MaxValue);
