using Spectre.Console;

namespace CrmTui.Tui.Rendering;

/// <summary>
/// Chooses the colour system from the environment, the way terminal programs conventionally do:
/// <c>NO_COLOR</c> (any value, https://no-color.org) or <c>TERM=dumb</c> → none; <c>COLORTERM</c>
/// truecolor/24bit → truecolor; a <c>TERM</c> ending in 256color → 256; otherwise the 16 colours.
/// </summary>
public static class ColorSystemDetector
{
    public static ColorSystem Detect(Func<string, string?> getEnvironmentVariable)
    {
        if (!string.IsNullOrEmpty(getEnvironmentVariable("NO_COLOR")))
        {
            return ColorSystem.NoColors;
        }
        var term = getEnvironmentVariable("TERM") ?? "";
        if (term is "" or "dumb")
        {
            return ColorSystem.NoColors;
        }
        var colorTerm = (getEnvironmentVariable("COLORTERM") ?? "").ToLowerInvariant();
        if (colorTerm is "truecolor" or "24bit")
        {
            return ColorSystem.TrueColor;
        }
        return term.Contains("256color", StringComparison.Ordinal) ? ColorSystem.EightBit : ColorSystem.Standard;
    }
}
