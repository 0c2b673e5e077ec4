using Spectre.Console;
using Spectre.Console.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Rendering;

/// <summary>
/// Renders any Spectre widget headless into a canvas. Spectre does the layout and measuring;
/// segment styles are turned back into <see cref="StyleRole"/>s by a role mapping (by default
/// <see cref="RoleCodec"/>, so build the widget with <see cref="RoleCodec.Encode"/> styles).
/// Segments with a style the mapping does not know get <c>fallback</c>.
/// </summary>
public static class SpectreBlitter
{
    private static readonly IReadOnlyCapabilities _unicode = Capabilities(true);
    private static readonly IReadOnlyCapabilities _ascii = Capabilities(false);

    public static void Blit(IRenderable renderable, Rect area, ScreenBuffer buffer, StyleRole fallback = StyleRole.Text) =>
        Blit(renderable, buffer.Region(area), fallback);

    public static void Blit(IRenderable renderable, Canvas canvas, StyleRole fallback = StyleRole.Text, bool unicode = true) =>
        Blit(renderable, canvas, style => RoleCodec.TryDecode(style, out var role) ? role : fallback, unicode);

    public static void Blit(IRenderable renderable, Canvas canvas, Func<Style, StyleRole> roleOf, bool unicode = true)
    {
        if (canvas.Width <= 0 || canvas.Height <= 0)
        {
            return;
        }
        var options = new RenderOptions(unicode ? _unicode : _ascii, new Size(canvas.Width, canvas.Height))
        {
            Height = canvas.Height,
        };
        var segments = renderable.Render(options, canvas.Width);
        var lines = Segment.SplitLines(segments, canvas.Width, canvas.Height);
        for (var y = 0; y < lines.Count && y < canvas.Height; y++)
        {
            var x = 0;
            foreach (var segment in lines[y])
            {
                if (segment.IsControlCode || segment.IsLineBreak)
                {
                    continue;
                }
                x += canvas.Write(x, y, segment.Text, roleOf(segment.Style));
                if (x >= canvas.Width)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Lines a renderable takes at a given width (for layout: how tall is this panel?).</summary>
    public static int MeasureHeight(IRenderable renderable, int width, bool unicode = true)
    {
        var options = new RenderOptions(unicode ? _unicode : _ascii, new Size(width, 10_000));
        return Segment.SplitLines(renderable.Render(options, width), width).Count;
    }

    // A console that writes nowhere: only its capabilities are used, so rendering never touches a TTY.
    private static IReadOnlyCapabilities Capabilities(bool unicode)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.TrueColor,
            Out = new AnsiConsoleOutput(TextWriter.Null),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Capabilities.Unicode = unicode;
        return console.Profile.Capabilities;
    }
}
