using System.Text;
using CrmTui.Tui.Terminal;

namespace CrmTui.TestKit.Tui;

/// <summary>What an xterm sends for a key, so harness key presses go through the real InputDecoder.</summary>
public static class KeyBytes
{
    public static byte[] Of(Key key)
    {
        var text = key switch
        {
            { Code: KeyCode.Char, Modifiers: KeyModifiers.Ctrl } => ((char)(key.Rune.Value - 'a' + 1)).ToString(),
            { Code: KeyCode.Char, Modifiers: KeyModifiers.Alt } => "\e" + key.Rune,
            { Code: KeyCode.Char } => key.Rune.ToString(),
            { Code: KeyCode.Enter } => "\r",
            { Code: KeyCode.Escape } => "\e",
            { Code: KeyCode.Tab, Modifiers: KeyModifiers.Shift } => "\e[Z",
            { Code: KeyCode.Tab } => "\t",
            { Code: KeyCode.Backspace } => "\x7f",
            { Code: KeyCode.Up } => "\e[A",
            { Code: KeyCode.Down } => "\e[B",
            { Code: KeyCode.Right } => "\e[C",
            { Code: KeyCode.Left } => "\e[D",
            { Code: KeyCode.Home } => "\e[H",
            { Code: KeyCode.End } => "\e[F",
            { Code: KeyCode.PageUp } => "\e[5~",
            { Code: KeyCode.PageDown } => "\e[6~",
            { Code: KeyCode.Delete } => "\e[3~",
            _ => throw new ArgumentException($"no byte sequence for {key} in the test encoder"),
        };
        return Encoding.UTF8.GetBytes(text);
    }
}
