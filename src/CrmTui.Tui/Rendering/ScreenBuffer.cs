using System.Globalization;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Rendering;

/// <summary>
/// A width×height grid of <see cref="Cell"/>s (a flat array, row-major). All writes are clipped;
/// nothing here throws on out-of-range coordinates, because layout at tiny terminal sizes must
/// degrade, not crash. Wide graphemes keep the lead/continuation invariant on every overwrite.
/// </summary>
public sealed class ScreenBuffer
{
    private Cell[] _cells;

    public ScreenBuffer(int width, int height)
    {
        Width = Math.Max(0, width);
        Height = Math.Max(0, height);
        _cells = new Cell[Width * Height];
        Clear();
    }

    public int Width { get; private set; }
    public int Height { get; private set; }
    public Rect Bounds => new(0, 0, Width, Height);

    /// <summary>The whole buffer as a canvas for widgets.</summary>
    public Canvas Canvas => new(this, Bounds);

    public Cell this[int x, int y] => _cells[y * Width + x];

    /// <summary>A view of part of the buffer; its writes use local coordinates and are clipped to it.</summary>
    public Canvas Region(Rect area) => new(this, area.Intersect(Bounds));

    public void Clear() => Array.Fill(_cells, Cell.Blank);

    /// <summary>Changes the size, discarding the content (every caller redraws after a resize).</summary>
    public void Resize(int width, int height)
    {
        Width = Math.Max(0, width);
        Height = Math.Max(0, height);
        _cells = new Cell[Width * Height];
        Clear();
    }

    public void CopyFrom(ScreenBuffer other)
    {
        if (other.Width != Width || other.Height != Height)
        {
            Resize(other.Width, other.Height);
        }
        Array.Copy(other._cells, _cells, _cells.Length);
    }

    public ReadOnlySpan<Cell> Row(int y) => _cells.AsSpan(y * Width, Width);

    /// <summary>Fills <paramref name="area"/> (clipped) with one glyph in one role.</summary>
    public void Fill(Rect area, StyleRole role, string glyph = " ")
    {
        var a = area.Intersect(Bounds);
        for (var y = a.Y; y < a.Bottom; y++)
        {
            for (var x = a.X; x < a.Right; x++)
            {
                Place(x, y, glyph, role, 1);
            }
        }
    }

    /// <summary>Changes the role of cells in <paramref name="area"/> and keeps their glyphs (selection bars).</summary>
    public void Restyle(Rect area, StyleRole role)
    {
        var a = area.Intersect(Bounds);
        for (var y = a.Y; y < a.Bottom; y++)
        {
            for (var x = a.X; x < a.Right; x++)
            {
                var i = y * Width + x;
                _cells[i] = _cells[i] with { Role = role };
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> from (x, y) on one line, clipped to <paramref name="clip"/>.
    /// Control characters become spaces so cluster strings cannot move the cursor. A wide grapheme
    /// that does not fit at the clip edge is replaced by a blank. Returns the columns advanced.
    /// </summary>
    public int Write(int x, int y, string text, StyleRole role, Rect clip)
    {
        var c = clip.Intersect(Bounds);
        if (y < c.Y || y >= c.Bottom)
        {
            return 0;
        }
        var col = x;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext() && col < c.Right)
        {
            var g = e.GetTextElement();
            if (g.Length == 1 && char.IsControl(g[0]))
            {
                g = " ";
            }
            var w = CellWidth.OfGrapheme(g);
            if (w == 0)
            {
                continue;
            }
            if (col >= c.X)
            {
                if (w == 2 && col + 1 >= c.Right)
                {
                    Place(col, y, " ", role, 1);
                }
                else
                {
                    Place(col, y, g, role, w);
                }
            }
            else if (w == 2 && col + 1 == c.X)
            {
                // The left half is clipped away: show a blank for the visible half.
                Place(col + 1, y, " ", role, 1);
            }
            col += w;
        }
        return Math.Max(0, Math.Min(col, c.Right) - x);
    }

    public void Set(int x, int y, Cell cell)
    {
        if (Bounds.Contains(x, y) && !cell.IsContinuation)
        {
            Place(x, y, cell.Glyph, cell.Role, Math.Max(1, CellWidth.OfGrapheme(cell.Glyph)));
        }
    }

    private void Place(int x, int y, string glyph, StyleRole role, int width)
    {
        if (width == 2 && x + 1 >= Width)
        {
            glyph = " ";
            width = 1;
        }
        Unlink(x, y);
        if (width == 2)
        {
            Unlink(x + 1, y);
            _cells[y * Width + x + 1] = new Cell(Cell.Continuation, role);
        }
        _cells[y * Width + x] = new Cell(glyph, role);
    }

    // Breaks any wide grapheme that overlaps (x, y) so no orphan half survives an overwrite.
    private void Unlink(int x, int y)
    {
        var i = y * Width + x;
        if (_cells[i].IsContinuation && x > 0)
        {
            _cells[i - 1] = _cells[i - 1] with { Glyph = " " };
        }
        if (x + 1 < Width && _cells[i + 1].IsContinuation)
        {
            _cells[i + 1] = _cells[i + 1] with { Glyph = " " };
        }
    }
}
