using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Rendering;

/// <summary>
/// One terminal cell: a grapheme and the semantic role it is drawn with. The buffer stores roles,
/// not colours: the theme is applied only when the renderer writes to the terminal, which keeps
/// snapshots theme-independent. A wide (2-column) grapheme occupies its cell and the next one,
/// whose glyph is <see cref="Continuation"/> (the empty string).
/// </summary>
public readonly record struct Cell(string Glyph, StyleRole Role)
{
    public const string Continuation = "";

    public static readonly Cell Blank = new(" ", StyleRole.Text);

    public bool IsContinuation => Glyph.Length == 0;
}
