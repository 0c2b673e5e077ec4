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
        var visible = VisibleRows(canvas);
        var offset = VisibleOffset(model.Selected, model.Offset, visible, model.Rows.Length);
        var position = Position(canvas, model, offset, visible, glyphs);
        // Reserved as wide as the indicator can get ("n/n"), so the columns do not shift while scrolling.
        var reserve = position is null ? 0 : CellWidth.Of(position) + Digits(model.Rows.Length) - Digits(Math.Max(0, model.Selected) + 1);
        var widths = TableLayout.Widths(model.Columns, model.Rows, canvas.Width, reserve);
        var header = model.Columns.Select(c => new TextSpan(c.Header, StyleRole.ColumnHeader)).ToList();
        DrawRow(canvas, 0, header, model, widths, StyleRole.ColumnHeader, glyphs);

        if (model.Rows.IsEmpty)
        {
            canvas.Write(1, 1, model.EmptyText, StyleRole.Dim);
            return;
        }
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
        if (position is not null)
        {
            canvas.Write(canvas.Width - CellWidth.Of(position), 0, position, StyleRole.Dim);
        }
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

    // "▲▼ selected/total" at the right end of the header row when the rows do not all fit (null when
    // they do, or when the canvas is too narrow for it). The layout keeps the headers clear of it.
    private static string? Position(Canvas canvas, TableModel model, int offset, int visible, Glyphs glyphs)
    {
        if (model.Rows.Length <= visible)
        {
            return null;
        }
        var more = (offset > 0 ? glyphs.Up : " ") + (offset + visible < model.Rows.Length ? glyphs.Down : " ");
        var text = $" {more} {Math.Max(0, model.Selected) + 1}/{model.Rows.Length}";
        return CellWidth.Of(text) < canvas.Width / 2 ? text : null;
    }

    private static int Digits(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
}
