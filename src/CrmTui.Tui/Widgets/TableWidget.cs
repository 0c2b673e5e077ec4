using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Widgets;

/// <summary>
/// A scrolling table with a header row, a selection bar across the full width, changed-row
/// highlighting and a position indicator ("12/40") at the right of the header.
/// Cells too long for their column end in an ellipsis.
/// </summary>
public static class TableWidget
{
    /// <summary>The first visible row so that <paramref name="selected"/> is on screen, moving as little as possible.</summary>
    public static int VisibleOffset(int selected, int offset, int visibleRows, int rowCount)
    {
        if (visibleRows <= 0 || rowCount <= 0)
        {
            return 0;
        }
        var o = Math.Clamp(offset, 0, Math.Max(0, rowCount - visibleRows));
        if (selected >= 0 && selected < o)
        {
            o = selected;
        }
        else if (selected >= o + visibleRows)
        {
            o = selected - visibleRows + 1;
        }
        return o;
    }

    /// <summary>Rows of data the canvas shows (its height minus the header).</summary>
    public static int VisibleRows(Canvas canvas) => Math.Max(0, canvas.Height - 1);

    public static void Render(Canvas canvas, TableModel model, Glyphs glyphs)
    {
        if (canvas.Height <= 0 || canvas.Width <= 0)
        {
            return;
        }
        canvas.Fill(StyleRole.Text);
        var widths = TableLayout.Widths(model.Columns, model.Rows, canvas.Width);
        var header = model.Columns.Select(c => new TextSpan(c.Header, StyleRole.ColumnHeader)).ToList();
        DrawRow(canvas, 0, header, model, widths, StyleRole.ColumnHeader, glyphs);

        var visible = VisibleRows(canvas);
        if (model.Rows.IsEmpty)
        {
            canvas.Write(1, 1, model.EmptyText, StyleRole.Dim);
            return;
        }
        var offset = VisibleOffset(model.Selected, model.Offset, visible, model.Rows.Length);
        for (var i = 0; i < visible && offset + i < model.Rows.Length; i++)
        {
            var index = offset + i;
            var row = model.Rows[index];
            var rowRole = index == model.Selected && model.Focused ? StyleRole.Selection
                : row.Changed ? StyleRole.Changed
                : (StyleRole?)null;
            if (rowRole is { } r)
            {
                canvas.Fill(new Rect(0, i + 1, canvas.Width, 1), r);
            }
            if (row.FullWidth)
            {
                DrawSpans(canvas, i + 1, row.Cells, rowRole, glyphs);
            }
            else
            {
                DrawRow(canvas, i + 1, row.Cells, model, widths, rowRole, glyphs);
            }
        }
        DrawPosition(canvas, model, offset, visible, glyphs);
    }

    private static void DrawRow(Canvas canvas, int y, IReadOnlyList<TextSpan> cells, TableModel model, IReadOnlyList<int> widths, StyleRole? rowRole, Glyphs glyphs)
    {
        var x = 0;
        for (var c = 0; c < widths.Count && x < canvas.Width; c++)
        {
            var span = c < cells.Count ? cells[c] : new TextSpan("");
            var text = CellWidth.Truncate(span.Text, widths[c], glyphs.Ellipsis);
            var pad = widths[c] - CellWidth.Of(text);
            var start = model.Columns[c].Align == ColumnAlign.Right ? x + pad : x;
            canvas.Write(start, y, text, rowRole ?? span.Role);
            x += widths[c] + TableLayout.Gap;
        }
    }

    // A full-width row: its spans in a line, the last visible one ending in an ellipsis when cut.
    private static void DrawSpans(Canvas canvas, int y, IReadOnlyList<TextSpan> spans, StyleRole? rowRole, Glyphs glyphs)
    {
        var x = 0;
        foreach (var span in spans)
        {
            if (x >= canvas.Width)
            {
                break;
            }
            var text = CellWidth.Truncate(span.Text, canvas.Width - x, glyphs.Ellipsis);
            canvas.Write(x, y, text, rowRole ?? span.Role);
            x += CellWidth.Of(text);
        }
    }

    // "first-last/total" at the right end of the header row when the rows do not all fit.
    private static void DrawPosition(Canvas canvas, TableModel model, int offset, int visible, Glyphs glyphs)
    {
        if (model.Rows.Length <= visible)
        {
            return;
        }
        var more = (offset > 0 ? glyphs.Up : " ") + (offset + visible < model.Rows.Length ? glyphs.Down : " ");
        var text = $" {more} {Math.Max(0, model.Selected) + 1}/{model.Rows.Length}";
        var width = CellWidth.Of(text);
        if (width < canvas.Width / 2)
        {
            canvas.Write(canvas.Width - width, 0, text, StyleRole.Dim);
        }
    }
}
