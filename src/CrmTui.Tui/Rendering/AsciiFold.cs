namespace CrmTui.Tui.Rendering;

/// <summary>
/// The last step of a frame when the locale is not UTF-8: every cell becomes printable ASCII of
/// the same width. The glyph set already draws symbols and frames in ASCII; this catches the rest
/// (typographic dashes and dots in our own words, accented or CJK letters in cluster strings, which become <c>?</c>),
/// which such a terminal would show as mojibake. A wide character becomes <c>?</c> and a blank, so
/// columns stay where they are.
/// </summary>
public static class AsciiFold
{
    public static void Apply(ScreenBuffer buffer)
    {
        for (var y = 0; y < buffer.Height; y++)
        {
            for (var x = 0; x < buffer.Width; x++)
            {
                var cell = buffer[x, y];
                if (!cell.IsContinuation && !IsAscii(cell.Glyph))
                {
                    buffer.Set(x, y, cell with { Glyph = Fold(cell.Glyph) });
                }
            }
        }
    }

    /// <summary>One grapheme as one ASCII character: the look-alike where there is one, else <c>?</c>.</summary>
    public static string Fold(string grapheme)
    {
        var first = grapheme.EnumerateRunes().FirstOrDefault();
        return first.Value switch
        {
            '•' or '●' => "*",
            '·' => "-",
            '○' => "o",
            '—' or '–' or '─' or '‐' or '−' => "-",
            '…' => "~",
            '→' or '▶' or '›' => ">",
            '←' or '‹' => "<",
            '▲' => "^",
            '▼' => "v",
            '│' => "|",
            '┌' or '┐' or '└' or '┘' or '├' or '┤' or '┬' or '┴' or '┼' => "+",
            '✓' => "+",
            '✗' or '×' => "x",
            '⚠' => "!",
            '‘' or '’' or '′' => "'",
            '“' or '”' or '″' => "\"",
            '\u00A0' => " ",
            // Letters outside ASCII (é, 日) cannot be shown faithfully; '?' at least says something is there.
            _ => "?",
        };
    }

    private static bool IsAscii(string glyph)
    {
        foreach (var c in glyph)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }
        return true;
    }
}
