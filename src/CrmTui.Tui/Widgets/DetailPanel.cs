using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// Draws a <see cref="DetailModel"/> as a centred box; labels aligned, long values wrapped under
/// their label (an argv or an error message must be readable whole), cut with an ellipsis only when
/// the box cannot grow any taller.
/// </summary>
public static class DetailPanel
{
    // Frame borders plus one cell of padding on each side.
    private const int Chrome = 4;

    public static void Render(Canvas canvas, DetailModel model, Glyphs glyphs)
    {
        var labelWidth = model.Lines.IsEmpty ? 0 : model.Lines.Max(l => CellWidth.Of(l.Label)) + 2;
        var natural = Math.Max(CellWidth.Of(model.Title) + 4, model.Lines.IsEmpty ? 20 : model.Lines.Max(l => labelWidth + CellWidth.Of(l.Value.Text)));
        var width = Math.Min(canvas.Width - 4, Math.Clamp(natural + Chrome, 40, 100));
        var valueWidth = Math.Max(1, width - Chrome - labelWidth);
        var rows = model.Lines.SelectMany(line => Wrap(line, valueWidth)).ToList();
        var height = Math.Min(canvas.Height - 2, rows.Count + 3);
        var box = canvas.Sub(new Rect(0, 0, canvas.Width, canvas.Height).Center(width, height));
        var content = Frame.Render(box, model.Title, StyleRole.Dialog, StyleRole.DialogBorder, StyleRole.DialogTitle, glyphs);
        var room = content.Height - 1;
        for (var i = 0; i < rows.Count && i < room; i++)
        {
            var (label, text, role) = rows[i];
            var cut = i == room - 1 && rows.Count > room;
            content.Write(0, i, label, StyleRole.Dim);
            content.Write(labelWidth, i, cut ? CellWidth.Truncate(text, content.Width - labelWidth - 1, "") + glyphs.Ellipsis : text, role);
        }
        if (content.Height > 0)
        {
            content.Write(0, content.Height - 1, "esc close", StyleRole.KeyHint);
        }
    }

    private static IEnumerable<(string Label, string Text, StyleRole Role)> Wrap(HeaderField line, int width)
    {
        var role = line.Value.Role == StyleRole.Text ? StyleRole.Dialog : line.Value.Role;
        var parts = TextWrap.Lines(line.Value.Text, width);
        if (parts.IsEmpty)
        {
            yield return (line.Label, "", role);
            yield break;
        }
        for (var i = 0; i < parts.Length; i++)
        {
            yield return (i == 0 ? line.Label : "", parts[i], role);
        }
    }
}
