using System.Text;

namespace CrmTui.Tui.Terminal;

/// <summary>
/// One key press as the terminal reports it. Characters carry their <see cref="Rune"/>; Ctrl+letter
/// is the lower-case letter with <see cref="KeyModifiers.Ctrl"/> (terminals cannot tell Ctrl-S
/// from Ctrl-s). Names for config files are described on <see cref="KeyNames"/>.
/// </summary>
public readonly record struct Key(KeyCode Code, Rune Rune, KeyModifiers Modifiers)
{
    public static Key Char(char c) => new(KeyCode.Char, new Rune(c), KeyModifiers.None);
    public static Key Char(Rune r) => new(KeyCode.Char, r, KeyModifiers.None);
    public static Key Ctrl(char letter) => new(KeyCode.Char, new Rune(char.ToLowerInvariant(letter)), KeyModifiers.Ctrl);
    public static Key Named(KeyCode code, KeyModifiers modifiers = KeyModifiers.None) => new(code, default, modifiers);

    public static Key Enter => Named(KeyCode.Enter);
    public static Key Escape => Named(KeyCode.Escape);
    public static Key Tab => Named(KeyCode.Tab);
    public static Key ShiftTab => Named(KeyCode.Tab, KeyModifiers.Shift);
    public static Key Backspace => Named(KeyCode.Backspace);
    public static Key Up => Named(KeyCode.Up);
    public static Key Down => Named(KeyCode.Down);
    public static Key Left => Named(KeyCode.Left);
    public static Key Right => Named(KeyCode.Right);
    public static Key Home => Named(KeyCode.Home);
    public static Key End => Named(KeyCode.End);
    public static Key PageUp => Named(KeyCode.PageUp);
    public static Key PageDown => Named(KeyCode.PageDown);
    public static Key Delete => Named(KeyCode.Delete);

    /// <summary>A printable character with no modifier (what a prompt inserts).</summary>
    public bool IsPrintable => Code == KeyCode.Char && Modifiers == KeyModifiers.None && !Rune.IsControl(Rune);

    public Key WithModifiers(KeyModifiers modifiers) => this with { Modifiers = Modifiers | modifiers };

    /// <summary>The config name, e.g. <c>ctrl+f</c>, <c>shift+tab</c>, <c>pgdn</c>, <c>S</c>.</summary>
    public override string ToString() => KeyNames.Format(this);

    public static Key Parse(string name) =>
        KeyNames.TryParse(name, out var key, out var error) ? key : throw new FormatException(error);
}
