using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>Draws a <see cref="DetailModel"/> as a centred box; labels aligned, long values cut with an ellipsis.</summary>
public static class DetailPanel
{
    public static void Render(Canvas canvas, DetailModel model, Glyphs glyphs)
    {
        var labelWidth = model.Lines.IsEmpty ? 0 : model.Lines.Max(l => CellWidth.Of(l.Label)) + 2;
        var natural = Math.Max(CellWidth.Of(model.Title) + 4, model.Lines.IsEmpty ? 20 : model.Lines.Max(l => labelWidth + CellWidth.Of(l.Value.Text)));
        var width = Math.Min(canvas.Width - 4, Math.Clamp(natural + 4, 40, 100));
        var height = Math.Min(canvas.Height - 2, model.Lines.Length + 3);
        var box = canvas.Sub(new Rect(0, 0, canvas.Width, canvas.Height).Center(width, height));
        var content = Frame.Render(box, model.Title, StyleRole.Dialog, StyleRole.DialogBorder, StyleRole.DialogTitle, glyphs);
        for (var i = 0; i < model.Lines.Length && i < content.Height - 1; i++)
        {
            var line = model.Lines[i];
            content.Write(0, i, line.Label, StyleRole.Dim);
            var role = line.Value.Role == StyleRole.Text ? StyleRole.Dialog : line.Value.Role;
            content.Write(labelWidth, i, CellWidth.Truncate(line.Value.Text, content.Width - labelWidth, glyphs.Ellipsis), role);
        }
        if (content.Height > 0)
        {
            content.Write(0, content.Height - 1, "esc close", StyleRole.KeyHint);
        }
    }
}
