using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>A bordered box with a title in the top edge; returns the canvas inside it (one cell of padding).</summary>
public static class Frame
{
    public static Canvas Render(Canvas canvas, string title, StyleRole body, StyleRole border, StyleRole titleRole, Glyphs glyphs)
    {
        var w = canvas.Width;
        var h = canvas.Height;
        canvas.Fill(body);
        if (w < 2 || h < 2)
        {
            return canvas.Sub(new Rect(0, 0, 0, 0));
        }
        var box = glyphs.Box;
        var horizontal = new string(box[4], w - 2);
        canvas.Write(0, 0, box[0] + horizontal + box[1], border);
        canvas.Write(0, h - 1, box[2] + horizontal + box[3], border);
        for (var y = 1; y < h - 1; y++)
        {
            canvas.Write(0, y, box[5].ToString(), border);
            canvas.Write(w - 1, y, box[5].ToString(), border);
        }
        if (title.Length > 0 && w > 6)
        {
            canvas.Write(2, 0, " " + CellWidth.Truncate(title, w - 6, glyphs.Ellipsis) + " ", titleRole);
        }
        return canvas.Sub(new Rect(2, 1, Math.Max(0, w - 4), Math.Max(0, h - 2)));
    }
}
