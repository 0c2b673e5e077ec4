namespace CrmTui.Config;

/// <summary>
/// Key names as written in <c>[keys]</c>, normalized so that equal keys compare equal: modifiers in the order
/// <c>ctrl+alt+shift+</c>, lower-case, then one printable character (case matters: <c>F</c> is shift+f) or a
/// named key (<c>enter esc tab space plus backspace delete insert home end pgup pgdn up down left right f1…f12</c>).
/// The normalized form is the one the dashboard's key parser (CrmTui.Tui.Terminal.KeyNames) formats.
/// </summary>
public static class KeyNames
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["enter"] = "enter", ["return"] = "enter", ["esc"] = "esc", ["escape"] = "esc", ["tab"] = "tab",
        ["space"] = "space", ["plus"] = "plus", ["backspace"] = "backspace", ["delete"] = "delete", ["del"] = "delete",
        ["insert"] = "insert", ["ins"] = "insert", ["home"] = "home", ["end"] = "end",
        ["pageup"] = "pgup", ["pgup"] = "pgup", ["pagedown"] = "pgdn", ["pgdn"] = "pgdn",
        ["up"] = "up", ["down"] = "down", ["left"] = "left", ["right"] = "right",
    };

    private static readonly string[] Modifiers = ["ctrl", "alt", "shift"];

    /// <summary>The names accepted for the key part, for messages and docs.</summary>
    public static IEnumerable<string> NamedKeys => Named.Values.Distinct().Concat(Enumerable.Range(1, 12).Select(i => "f" + i));

    public static bool TryNormalize(string text, out string normalized, out string error)
    {
        normalized = "";
        error = "";
        if (string.IsNullOrEmpty(text))
        {
            error = "the key name is empty";
            return false;
        }

        // "+" and "ctrl++" name the plus key itself.
        var plusKey = text == "+" || text.EndsWith("++", StringComparison.Ordinal);
        var parts = (plusKey ? text[..^1] : text).Split('+');
        var key = plusKey ? "plus" : parts[^1];
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in parts[..^1])
        {
            var modifier = raw.ToLowerInvariant() switch { "control" => "ctrl", "meta" => "alt", var m => m };
            if (!Modifiers.Contains(modifier))
            {
                error = $"unknown modifier '{raw}'{Loading.Suggestions.DidYouMean(raw, Modifiers)}; use ctrl, alt or shift";
                return false;
            }
            if (!modifiers.Add(modifier))
            {
                error = $"modifier '{modifier}' is given twice";
                return false;
            }
        }

        if (Named.TryGetValue(key, out var named))
        {
            key = named;
        }
        else if (key.Length > 1 && (key[0] is 'f' or 'F') && int.TryParse(key[1..], out var n) && n is >= 1 and <= 12 && key[1] != '0')
        {
            key = "f" + n;
        }
        else if (IsOnePrintableRune(key))
        {
            if (key == "+")
            {
                key = "plus";
            }
            else if (char.IsAsciiLetter(key[0]) && modifiers.Remove("shift"))
            {
                key = key.ToUpperInvariant();
            }
            else if (char.IsAsciiLetter(key[0]) && modifiers.Contains("ctrl"))
            {
                // Terminals send the same byte for ctrl+f and ctrl+F.
                key = key.ToLowerInvariant();
            }
        }
        else
        {
            error = key.Length == 0
                ? "the key after the last '+' is missing"
                : $"unknown key '{key}'{Loading.Suggestions.DidYouMean(key, NamedKeys)}; use one printable character or a named key such as enter, esc, f1";
            return false;
        }

        normalized = string.Concat(Modifiers.Where(modifiers.Contains).Select(m => m + "+")) + key;
        return true;
    }

    private static bool IsOnePrintableRune(string text) =>
        System.Text.Rune.DecodeFromUtf16(text, out var rune, out var used) == System.Buffers.OperationStatus.Done
        && used == text.Length
        && !System.Text.Rune.IsControl(rune)
        && !System.Text.Rune.IsWhiteSpace(rune);
}
