namespace CrmTui.Tui.Theming;

/// <summary>
/// The symbols screens draw. Single-width Unicode symbols only, never emoji (their width differs
/// between terminals and columns drift); an ASCII set when the locale is not UTF-8.
/// <see cref="Box"/> holds the six box-drawing pieces: top-left, top-right, bottom-left,
/// bottom-right, horizontal, vertical.
/// </summary>
public sealed record Glyphs(
    string Online,
    string Offline,
    string Check,
    string Cross,
    string Warning,
    string Up,
    string Down,
    string Selected,
    string Ellipsis,
    string Separator,
    string Box,
    bool IsUnicode)
{
    public static Glyphs Unicode { get; } = new("●", "○", "✓", "✗", "⚠", "▲", "▼", "▶", "…", "│", "┌┐└┘─│", true);

    public static Glyphs Ascii { get; } = new("*", "o", "+", "x", "!", "^", "v", ">", "~", "|", "++++-|", false);

    /// <summary>
    /// Picks the set from the locale the way a terminal program would: the first non-empty of
    /// LC_ALL, LC_CTYPE, LANG decides; UTF-8 (any spelling) gets Unicode, anything else ASCII.
    /// </summary>
    public static Glyphs ForLocale(Func<string, string?> getEnvironmentVariable)
    {
        foreach (var name in (string[])["LC_ALL", "LC_CTYPE", "LANG"])
        {
            var value = getEnvironmentVariable(name);
            if (!string.IsNullOrEmpty(value))
            {
                return IsUtf8(value) ? Unicode : Ascii;
            }
        }
        return Ascii;
    }

    private static bool IsUtf8(string locale)
    {
        var l = locale.ToLowerInvariant();
        return l.Contains("utf-8") || l.Contains("utf8");
    }
}
