using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// Draws a <see cref="PromptState"/> on one line: prefix, text, and the cursor as a highlighted
/// cell. Text longer than the line scrolls so the cursor stays visible.
/// </summary>
public static class PromptLine
{
    public static void Render(Canvas canvas, PromptState prompt, string? error = null)
    {
        if (canvas.Height <= 0)
        {
            return;
        }
        canvas.Fill(new Rect(0, 0, canvas.Width, 1), StyleRole.Input);
        var x = canvas.Write(0, 0, prompt.Prefix, StyleRole.KeyHint);
        var room = canvas.Width - x - 1;
        if (error is not null)
        {
            var errorText = " " + error;
            room -= CellWidth.Of(errorText);
            canvas.Write(canvas.Width - CellWidth.Of(errorText), 0, errorText, StyleRole.Error);
        }
        if (room <= 0)
        {
            return;
        }
        var elements = PromptState.Elements(prompt.Text);
        var cursor = Math.Clamp(prompt.Cursor, 0, elements.Length);
        // Scroll: drop leading elements until the cursor fits.
        var first = 0;
        while (first < cursor && Width(elements, first, cursor) >= room)
        {
            first++;
        }
        for (var i = first; i < elements.Length; i++)
        {
            var w = CellWidth.OfGrapheme(elements[i]);
            if (x + w > canvas.Width - 1 && i != cursor)
            {
                break;
            }
            canvas.Write(x, 0, elements[i], i == cursor ? StyleRole.Cursor : StyleRole.Input);
            x += w;
        }
        if (cursor == elements.Length)
        {
            canvas.Write(x, 0, " ", StyleRole.Cursor);
        }
    }

    private static int Width(string[] elements, int from, int to)
    {
        var w = 0;
        for (var i = from; i < to; i++)
        {
            w += CellWidth.OfGrapheme(elements[i]);
        }
        return w;
    }
}
