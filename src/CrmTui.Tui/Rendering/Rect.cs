namespace CrmTui.Tui.Rendering;

/// <summary>A rectangle of terminal cells; X/Y are zero-based columns/rows.</summary>
public readonly record struct Rect(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;
    public int Bottom => Y + Height;
    public bool IsEmpty => Width <= 0 || Height <= 0;

    public bool Contains(int x, int y) => x >= X && x < Right && y >= Y && y < Bottom;

    /// <summary>The overlap of two rectangles; empty (0×0 at the origin of this one) when they do not meet.</summary>
    public Rect Intersect(Rect other)
    {
        var x = Math.Max(X, other.X);
        var y = Math.Max(Y, other.Y);
        var r = Math.Min(Right, other.Right);
        var b = Math.Min(Bottom, other.Bottom);
        return r <= x || b <= y ? new Rect(X, Y, 0, 0) : new Rect(x, y, r - x, b - y);
    }

    /// <summary>Shrinks by <paramref name="by"/> cells on every side (a border or a margin).</summary>
    public Rect Inset(int by) => new(X + by, Y + by, Math.Max(0, Width - 2 * by), Math.Max(0, Height - 2 * by));

    /// <summary>A rectangle of the given size centred in this one, clamped to fit.</summary>
    public Rect Center(int width, int height)
    {
        var w = Math.Min(width, Width);
        var h = Math.Min(height, Height);
        return new Rect(X + (Width - w) / 2, Y + (Height - h) / 2, w, h);
    }
}
