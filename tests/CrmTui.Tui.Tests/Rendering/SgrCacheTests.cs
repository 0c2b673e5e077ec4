using CrmTui.Tui.Rendering;
using Spectre.Console;

namespace CrmTui.Tui.Tests.Rendering;

public sealed class SgrCacheTests
{
    private static readonly Style Orange = new(foreground: new Color(255, 135, 0), decoration: Decoration.Bold);

    [Fact]
    public void Truecolor_emits_the_rgb_value()
    {
        var prefix = new SgrCache(ColorSystem.TrueColor).Prefix(Orange);

        Assert.Contains("38;2;255;135;0", prefix);
        Assert.StartsWith("\e[", prefix);
    }

    [Fact]
    public void Eight_bit_downgrades_to_a_palette_index()
    {
        var prefix = new SgrCache(ColorSystem.EightBit).Prefix(Orange);

        Assert.Contains("38;5;", prefix);
        Assert.DoesNotContain("38;2;", prefix);
    }

    [Fact]
    public void Standard_downgrades_to_one_of_the_sixteen_colours()
    {
        var prefix = new SgrCache(ColorSystem.Standard).Prefix(Orange);

        Assert.DoesNotContain("38;5;", prefix);
        Assert.DoesNotContain("38;2;", prefix);
        Assert.Matches(@"\e\[[0-9;]*(3[0-7]|9[0-7])[0-9;]*m", prefix);
    }

    [Fact]
    public void No_colours_keeps_attributes_but_drops_colour()
    {
        var prefix = new SgrCache(ColorSystem.NoColors).Prefix(Orange);

        Assert.DoesNotContain("38;", prefix);
        Assert.Contains("1", prefix);
    }

    [Fact]
    public void A_plain_style_needs_no_prefix()
    {
        Assert.Equal("", new SgrCache(ColorSystem.TrueColor).Prefix(Style.Plain));
    }
}
