using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Rendering;

/// <summary>
/// A rectangular view of a <see cref="ScreenBuffer"/>: widgets draw in local coordinates
/// (0,0 = the region's top-left) and cannot touch anything outside it.
/// </summary>
public sealed class Canvas
{
    private readonly ScreenBuffer _buffer;

    public Canvas(ScreenBuffer buffer, Rect area)
    {
        _buffer = buffer;
        Area = area.Intersect(buffer.Bounds);
    }

    /// <summary>The region in buffer coordinates.</summary>
    public Rect Area { get; }
    public int Width => Area.Width;
    public int Height => Area.Height;
    public ScreenBuffer Buffer => _buffer;

    public Canvas Sub(Rect local) => new(_buffer, ToBuffer(local).Intersect(Area));

    public int Write(int x, int y, string text, StyleRole role) =>
        _buffer.Write(Area.X + x, Area.Y + y, text, role, Area);

    /// <summary>Writes text padded with blanks (in the same role) to the full width of the canvas.</summary>
    public void WriteLine(int y, string text, StyleRole role)
    {
        var used = Write(0, y, text, role);
        Fill(new Rect(used, y, Width - used, 1), role);
    }

    public void Fill(StyleRole role) => _buffer.Fill(Area, role);

    public void Fill(Rect local, StyleRole role, string glyph = " ") =>
        _buffer.Fill(ToBuffer(local).Intersect(Area), role, glyph);

    public void Restyle(Rect local, StyleRole role) => _buffer.Restyle(ToBuffer(local).Intersect(Area), role);

    public Cell this[int x, int y] => _buffer[Area.X + x, Area.Y + y];

    private Rect ToBuffer(Rect local) => local with { X = Area.X + local.X, Y = Area.Y + local.Y };
}
