using System.Collections.Immutable;
using CrmTui.Tui.Rendering;

namespace CrmTui.Tui.Widgets;

/// <summary>Column widths from content (measured as Spectre measures), fitted to the available width.</summary>
public static class TableLayout
{
    public const int Gap = 2;

    public static ImmutableArray<int> Widths(ImmutableArray<TableColumn> columns, IEnumerable<TableRow> rows, int available)
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
        return [.. widths];
    }
}
