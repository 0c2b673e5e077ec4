using System.Collections.Concurrent;
using System.Globalization;
using Spectre.Console.Rendering;

namespace CrmTui.Tui.Rendering;

/// <summary>
/// Column widths as Spectre computes them, so our layout and Spectre's rendering agree
/// (CJK = 2 cells). Non-ASCII graphemes are measured once and cached.
/// </summary>
public static class CellWidth
{
    private static readonly ConcurrentDictionary<string, int> _cache = new();

    /// <summary>Cells taken by one grapheme: 0 (combining/control), 1, or 2.</summary>
    public static int OfGrapheme(string grapheme)
    {
        if (grapheme.Length == 1 && grapheme[0] >= 0x20 && grapheme[0] < 0x7f)
        {
            return 1;
        }
        return _cache.GetOrAdd(grapheme, static g => Math.Clamp(new Segment(g).CellCount(), 0, 2));
    }

    /// <summary>Total cells taken by a string.</summary>
    public static int Of(string text)
    {
        // Most cluster strings are printable ASCII: one cell per char, no grapheme walk needed.
        if (IsPrintableAscii(text))
        {
            return text.Length;
        }
        var width = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            width += OfGrapheme(e.GetTextElement());
        }
        return width;
    }

    private static bool IsPrintableAscii(string text)
    {
        foreach (var ch in text)
        {
            if (ch < 0x20 || ch >= 0x7f)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> cells, ending with
    /// <paramref name="ellipsis"/> when something was cut.</summary>
    public static string Truncate(string text, int max, string ellipsis = "…")
    {
        if (max <= 0)
        {
            return "";
        }
        if (Of(text) <= max)
        {
            return text;
        }
        var room = max - Of(ellipsis);
        var sb = new System.Text.StringBuilder();
        var used = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var g = e.GetTextElement();
            var w = OfGrapheme(g);
            if (used + w > room)
            {
                break;
            }
            sb.Append(g);
            used += w;
        }
        return room < 0 ? Truncate(ellipsis, max, "") : sb.Append(ellipsis).ToString();
    }
}
