using CrmTui.Tui.Rendering;
using Spectre.Console;

namespace CrmTui.Tui.Tests.Rendering;

public sealed class ColorSystemDetectorTests
{
    [Theory]
    [InlineData("xterm-256color", "truecolor", null, ColorSystem.TrueColor)]
    [InlineData("xterm-256color", null, null, ColorSystem.EightBit)]
    [InlineData("xterm", null, null, ColorSystem.Standard)]
    [InlineData("dumb", "truecolor", null, ColorSystem.NoColors)]
    [InlineData("xterm-256color", "truecolor", "1", ColorSystem.NoColors)]
    [InlineData(null, null, null, ColorSystem.NoColors)]
    public void The_colour_system_follows_term_colorterm_and_no_color(string? term, string? colorTerm, string? noColor, ColorSystem expected)
    {
        var env = new Dictionary<string, string?> { ["TERM"] = term, ["COLORTERM"] = colorTerm, ["NO_COLOR"] = noColor };

        Assert.Equal(expected, ColorSystemDetector.Detect(n => env.GetValueOrDefault(n)));
    }
}
