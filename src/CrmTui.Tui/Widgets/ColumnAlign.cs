namespace CrmTui.Tui.Widgets;

public enum ColumnAlign
{
    Left,
    Right,
}
