using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>A row of a view together with what it stands for (null for headings and notes).</summary>
public sealed record ViewEntry(TableRow Row, SelectedItem? Target);
