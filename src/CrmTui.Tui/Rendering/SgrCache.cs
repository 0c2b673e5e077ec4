using System.Collections.Concurrent;
using Spectre.Console;

namespace CrmTui.Tui.Rendering;

/// <summary>
/// Style → SGR escape prefix at one colour system. Spectre's SGR builder is internal, so we render
/// <c>new Text("X", style)</c> through a console writing to a StringWriter and keep what precedes
/// the X; that way Spectre's own downgrading (truecolor → 256 → 16 → none) applies. Each style is
/// rendered once.
/// </summary>
public sealed class SgrCache
{
    private readonly ConcurrentDictionary<Style, string> _prefixes = new();

    public SgrCache(ColorSystem colorSystem) => ColorSystem = colorSystem;

    public ColorSystem ColorSystem { get; }

    /// <summary>The escape sequence that sets <paramref name="style"/> from a reset state ("" for plain).</summary>
    public string Prefix(Style style) => _prefixes.GetOrAdd(style, Render);

    private string Render(Style style)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ColorSystem == ColorSystem.NoColors && !HasAttributes(style) ? AnsiSupport.No : AnsiSupport.Yes,
            ColorSystem = ToSupport(ColorSystem),
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Write(new Text("X", style));
        var output = writer.ToString();
        var x = output.IndexOf('X');
        return x <= 0 ? "" : output[..x];
    }

    private static bool HasAttributes(Style style) => style.Decoration != Decoration.None;

    private static ColorSystemSupport ToSupport(ColorSystem system) => system switch
    {
        ColorSystem.NoColors => ColorSystemSupport.NoColors,
        ColorSystem.Legacy => ColorSystemSupport.Legacy,
        ColorSystem.Standard => ColorSystemSupport.Standard,
        ColorSystem.EightBit => ColorSystemSupport.EightBit,
        _ => ColorSystemSupport.TrueColor,
    };
}
