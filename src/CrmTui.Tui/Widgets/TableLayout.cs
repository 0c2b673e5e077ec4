using System.Collections.Immutable;
using CrmTui.Tui.Rendering;

namespace CrmTui.Tui.Widgets;

/// <summary>Column widths from content (measured as Spectre measures), fitted to the available width.</summary>
public static class TableLayout
{
    public const int Gap = 2;

    /// <summary>
    /// Widths for <paramref name="available"/> cells. The last <paramref name="headerReserve"/> cells
    /// of the header row are kept free (the position indicator): the last header is whole before
    /// them, while the last column's cells may still use them.
    /// </summary>
    public static ImmutableArray<int> Widths(ImmutableArray<TableColumn> columns, IEnumerable<TableRow> rows, int available, int headerReserve = 0)
    {
        var widths = columns.Select(c => Math.Min(c.MaxWidth, Math.Max(c.MinWidth, CellWidth.Of(c.Header)))).ToArray();
        foreach (var row in rows)
        {
            if (row.FullWidth)
            {
                continue;
            }
            for (var i = 0; i < widths.Length && i < row.Cells.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Math.Min(columns[i].MaxWidth, CellWidth.Of(row.Cells[i].Text)));
            }
        }
        var budget = available - Gap * Math.Max(0, widths.Length - 1);
        // Too wide: take one cell at a time from the currently widest column that can still shrink.
        while (widths.Sum() > budget)
        {
            var widest = -1;
            for (var i = 0; i < widths.Length; i++)
            {
                if (widths[i] > columns[i].MinWidth && (widest < 0 || widths[i] > widths[widest]))
                {
                    widest = i;
                }
            }
            if (widest < 0)
            {
                break;
            }
            widths[widest]--;
        }
        KeepLastHeaderWhole(columns, widths, available - headerReserve);
        return [.. widths];
    }

    // The last column starts where the others end; if its header would run under the reserve, the
    // widest of the other columns gives way (a cell at a time, never below its MinWidth).
    private static void KeepLastHeaderWhole(ImmutableArray<TableColumn> columns, int[] widths, int limit)
    {
        if (widths.Length == 0)
        {
            return;
        }
        var last = widths.Length - 1;
        var header = Math.Min(widths[last], CellWidth.Of(columns[last].Header));
        while (widths[..last].Sum() + Gap * last + header > limit)
        {
            var widest = -1;
            for (var i = 0; i < last; i++)
            {
                if (widths[i] > columns[i].MinWidth && (widest < 0 || widths[i] > widths[widest]))
                {
                    widest = i;
                }
            }
            if (widest < 0)
            {
                return;
            }
            widths[widest]--;
        }
    }
}
