using System.Collections.Frozen;
using System.Text;

namespace CrmTui.Tui.Terminal;

/// <summary>
/// Key names as used in the config's <c>[keys]</c> table, in help and in docs/keys.md.
/// <list type="bullet">
/// <item>A printable character is itself, case-sensitive: <c>s</c>, <c>S</c>, <c>?</c>, <c>/</c>, <c>:</c>.
///   Space is <c>space</c>; <c>+</c> is <c>plus</c> (the <c>+</c> alone also parses).</item>
/// <item>Named keys (case-insensitive): <c>enter</c>, <c>esc</c>, <c>tab</c>, <c>backspace</c>, <c>up</c>,
///   <c>down</c>, <c>left</c>, <c>right</c>, <c>home</c>, <c>end</c>, <c>pgup</c>, <c>pgdn</c>,
///   <c>insert</c>, <c>delete</c>, <c>f1</c>…<c>f12</c>. Aliases accepted when parsing: <c>return</c>,
///   <c>escape</c>, <c>pageup</c>, <c>pagedown</c>, <c>del</c>, <c>ins</c>.</item>
/// <item>Modifiers prefix the key, joined by <c>+</c>, in any order: <c>ctrl+</c>, <c>alt+</c>,
///   <c>shift+</c>. <c>ctrl+F</c> = <c>ctrl+f</c>; <c>shift+s</c> = <c>S</c>. Formatting writes them
///   in the order ctrl, alt, shift.</item>
/// </list>
/// </summary>
public static class KeyNames
{
    private static readonly FrozenDictionary<string, KeyCode> _named = new Dictionary<string, KeyCode>
    {
        ["enter"] = KeyCode.Enter, ["return"] = KeyCode.Enter,
        ["esc"] = KeyCode.Escape, ["escape"] = KeyCode.Escape,
        ["tab"] = KeyCode.Tab, ["backspace"] = KeyCode.Backspace,
        ["up"] = KeyCode.Up, ["down"] = KeyCode.Down, ["left"] = KeyCode.Left, ["right"] = KeyCode.Right,
        ["home"] = KeyCode.Home, ["end"] = KeyCode.End,
        ["pgup"] = KeyCode.PageUp, ["pageup"] = KeyCode.PageUp,
        ["pgdn"] = KeyCode.PageDown, ["pagedown"] = KeyCode.PageDown,
        ["insert"] = KeyCode.Insert, ["ins"] = KeyCode.Insert,
        ["delete"] = KeyCode.Delete, ["del"] = KeyCode.Delete,
        ["f1"] = KeyCode.F1, ["f2"] = KeyCode.F2, ["f3"] = KeyCode.F3, ["f4"] = KeyCode.F4,
        ["f5"] = KeyCode.F5, ["f6"] = KeyCode.F6, ["f7"] = KeyCode.F7, ["f8"] = KeyCode.F8,
        ["f9"] = KeyCode.F9, ["f10"] = KeyCode.F10, ["f11"] = KeyCode.F11, ["f12"] = KeyCode.F12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<KeyCode, string> _canonical = new Dictionary<KeyCode, string>
    {
        [KeyCode.Enter] = "enter", [KeyCode.Escape] = "esc", [KeyCode.Tab] = "tab",
        [KeyCode.Backspace] = "backspace", [KeyCode.Up] = "up", [KeyCode.Down] = "down",
        [KeyCode.Left] = "left", [KeyCode.Right] = "right", [KeyCode.Home] = "home", [KeyCode.End] = "end",
        [KeyCode.PageUp] = "pgup", [KeyCode.PageDown] = "pgdn", [KeyCode.Insert] = "insert",
        [KeyCode.Delete] = "delete", [KeyCode.F1] = "f1", [KeyCode.F2] = "f2", [KeyCode.F3] = "f3",
        [KeyCode.F4] = "f4", [KeyCode.F5] = "f5", [KeyCode.F6] = "f6", [KeyCode.F7] = "f7",
        [KeyCode.F8] = "f8", [KeyCode.F9] = "f9", [KeyCode.F10] = "f10", [KeyCode.F11] = "f11",
        [KeyCode.F12] = "f12",
    }.ToFrozenDictionary();

    public static string Format(Key key)
    {
        var sb = new StringBuilder();
        if (key.Modifiers.HasFlag(KeyModifiers.Ctrl))
        {
            sb.Append("ctrl+");
        }
        if (key.Modifiers.HasFlag(KeyModifiers.Alt))
        {
            sb.Append("alt+");
        }
        if (key.Modifiers.HasFlag(KeyModifiers.Shift))
        {
            sb.Append("shift+");
        }
        if (key.Code != KeyCode.Char)
        {
            return sb.Append(_canonical[key.Code]).ToString();
        }
        return key.Rune.Value switch
        {
            ' ' => sb.Append("space").ToString(),
            '+' => sb.Append("plus").ToString(),
            _ => sb.Append(key.Rune.ToString()).ToString(),
        };
    }

    /// <summary>Parses a key name; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? name, out Key key, out string error)
    {
        key = default;
        error = "";
        if (string.IsNullOrEmpty(name))
        {
            error = "empty key name";
            return false;
        }
        var modifiers = KeyModifiers.None;
        var rest = name;
        while (rest.Length > 1 && rest.IndexOf('+') is var plus and > 0 && plus < rest.Length - 1)
        {
            var mod = rest[..plus].ToLowerInvariant() switch
            {
                "ctrl" or "control" => KeyModifiers.Ctrl,
                "alt" or "meta" => KeyModifiers.Alt,
                "shift" => KeyModifiers.Shift,
                _ => (KeyModifiers?)null,
            };
            if (mod is null)
            {
                error = $"unknown modifier '{rest[..plus]}' in key '{name}' (expected ctrl, alt or shift)";
                return false;
            }
            modifiers |= mod.Value;
            rest = rest[(plus + 1)..];
        }
        if (_named.TryGetValue(rest, out var code))
        {
            key = Key.Named(code, modifiers);
            return true;
        }
        Rune rune;
        if (rest.Equals("space", StringComparison.OrdinalIgnoreCase))
        {
            rune = new Rune(' ');
        }
        else if (rest.Equals("plus", StringComparison.OrdinalIgnoreCase))
        {
            rune = new Rune('+');
        }
        else if (Rune.DecodeFromUtf16(rest, out rune, out var used) != System.Buffers.OperationStatus.Done
                 || used != rest.Length || Rune.IsControl(rune))
        {
            error = $"unknown key '{name}' (a single character, or one of: {string.Join(", ", _canonical.Values.Order())})";
            return false;
        }
        if (modifiers.HasFlag(KeyModifiers.Shift) && Rune.IsLetter(rune))
        {
            rune = Rune.ToUpperInvariant(rune);
            modifiers &= ~KeyModifiers.Shift;
        }
        if (modifiers.HasFlag(KeyModifiers.Ctrl))
        {
            if (!(rune.IsAscii && char.IsAsciiLetter((char)rune.Value)))
            {
                error = $"'{name}': terminals only report ctrl with a letter";
                return false;
            }
            rune = Rune.ToLowerInvariant(rune);
        }
        key = new Key(KeyCode.Char, rune, modifiers);
        return true;
    }
}
