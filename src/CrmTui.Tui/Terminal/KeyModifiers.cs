namespace CrmTui.Tui.Terminal;

/// <summary>Modifiers a terminal can report. Shift on a character is not a modifier: <c>S</c> is its own key.</summary>
[Flags]
public enum KeyModifiers
{
    None = 0,
    Shift = 1,
    Alt = 2,
    Ctrl = 4,
}
