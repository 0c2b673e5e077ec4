using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>Draws a <see cref="HeaderModel"/>: line 1 title and tabs, then the fields, wrapped at field boundaries.</summary>
public static class HeaderWidget
{
    private const string FieldGap = "   ";

    /// <summary>Lines the header needs at <paramref name="width"/> (at least 1).</summary>
    public static int Height(HeaderModel model, int width) => 1 + FieldLines(model, width).Count;

    public static void Render(Canvas canvas, HeaderModel model)
    {
        if (canvas.Height <= 0)
        {
            return;
        }
        canvas.Fill(new Rect(0, 0, canvas.Width, 1), StyleRole.Header);
        var x = canvas.Write(0, 0, model.Title, StyleRole.Title);
        x += 2;
        for (var i = 0; i < model.Tabs.Length && x < canvas.Width; i++)
        {
            var label = $" {i + 1} {model.Tabs[i]} ";
            x += canvas.Write(x, 0, label, i == model.ActiveTab ? StyleRole.TabActive : StyleRole.TabInactive);
        }
        var lines = FieldLines(model, canvas.Width);
        for (var l = 0; l < lines.Count && l + 1 < canvas.Height; l++)
        {
            var fx = 0;
            foreach (var field in lines[l])
            {
                fx += canvas.Write(fx, l + 1, field.Label + ": ", StyleRole.Dim);
                fx += canvas.Write(fx, l + 1, field.Value.Text, field.Value.Role);
                fx += canvas.Write(fx, l + 1, FieldGap, StyleRole.Text);
            }
        }
    }

    private static List<List<HeaderField>> FieldLines(HeaderModel model, int width)
    {
        var lines = new List<List<HeaderField>>();
        var used = 0;
        foreach (var field in model.Fields)
        {
            var w = CellWidth.Of(field.Label) + 2 + CellWidth.Of(field.Value.Text);
            if (lines.Count == 0 || (used > 0 && used + w > width))
            {
                lines.Add([]);
                used = 0;
            }
            lines[^1].Add(field);
            used += w + FieldGap.Length;
        }
        return lines;
    }
}
