namespace CrmTui.Tui.App;

/// <summary>Cursor of one view: the selected row index, the first visible row, and the selected row's
/// id (what "follow" looks for after a refresh).</summary>
public sealed record ViewPosition(int Selected = 0, int Offset = 0, string? SelectedId = null);
