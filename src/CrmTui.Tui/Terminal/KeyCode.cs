namespace CrmTui.Tui.Terminal;

/// <summary>What a <see cref="Key"/> is: a character (<see cref="Char"/>, see <see cref="Key.Rune"/>) or a named key.</summary>
public enum KeyCode
{
    Char,
    Enter,
    Escape,
    Tab,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Insert,
    Delete,
    F1,
    F2,
    F3,
    F4,
    F5,
    F6,
    F7,
    F8,
    F9,
    F10,
    F11,
    F12,
}
