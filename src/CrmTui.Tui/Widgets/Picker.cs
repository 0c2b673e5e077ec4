using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// Draws a <see cref="PickerModel"/> as a centred box: the description, then one line per item
/// with the selected one marked and highlighted, then the keys. A list longer than the box scrolls
/// to keep the selection visible.
/// </summary>
public static class Picker
{
    public static void Render(Canvas canvas, PickerModel model, Glyphs glyphs, string keys)
    {
        var labelWidth = model.Items.IsEmpty ? 0 : model.Items.Max(i => CellWidth.Of(i.Label)) + 2;
        var natural = Math.Max(CellWidth.Of(model.Description), model.Items.IsEmpty ? 0 : model.Items.Max(i => 2 + labelWidth + CellWidth.Of(i.Note)));
        var width = Math.Min(canvas.Width - 4, Math.Clamp(natural + 4, 40, 90));
        var description = TextWrap.Lines(model.Description, Math.Max(1, width - 4));
        var height = Math.Min(canvas.Height - 2, description.Length + model.Items.Length + 5);
        var box = canvas.Sub(new Rect(0, 0, canvas.Width, canvas.Height).Center(width, height));
        var content = Frame.Render(box, model.Title, StyleRole.Dialog, StyleRole.DialogBorder, StyleRole.DialogTitle, glyphs);
        var y = 0;
        foreach (var line in description)
        {
            content.Write(0, y++, line, StyleRole.Dialog);
        }
        y++;
        var room = Math.Max(1, content.Height - y - 2);
        var first = Math.Clamp(model.Selected - room + 1, 0, Math.Max(0, model.Items.Length - room));
        for (var i = first; i < model.Items.Length && i < first + room; i++, y++)
        {
            var item = model.Items[i];
            var selected = i == model.Selected;
            if (selected)
            {
                content.Fill(new Rect(0, y, content.Width, 1), StyleRole.Selection);
            }
            var role = selected ? StyleRole.Selection : StyleRole.Dialog;
            content.Write(0, y, selected ? glyphs.Selected : " ", role);
            content.Write(2, y, item.Label, role);
            content.Write(2 + labelWidth, y, CellWidth.Truncate(item.Note, Math.Max(0, content.Width - 2 - labelWidth), glyphs.Ellipsis), selected ? StyleRole.Selection : StyleRole.Dim);
        }
        if (content.Height > 0)
        {
            content.Write(0, content.Height - 1, keys, StyleRole.KeyHint);
        }
    }
}
