using System.Collections.Immutable;
using CrmTui.Tui.Rendering;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// Word wrap by display width: breaks at spaces, and hard-breaks words longer than the line
/// (long argv words, resource ids). Newlines in the text are kept as line breaks.
/// </summary>
public static class TextWrap
{
    public static ImmutableArray<string> Lines(string text, int width)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        if (width <= 0)
        {
            return lines.ToImmutable();
        }
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (CellWidth.Of(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = word;
                while (CellWidth.Of(line) > width)
                {
                    var head = CellWidth.Truncate(line, width, "");
                    lines.Add(head);
                    line = line[head.Length..];
                }
            }
            lines.Add(line);
        }
        return lines.ToImmutable();
    }
}
