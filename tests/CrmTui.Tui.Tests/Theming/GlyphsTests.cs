using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.Theming;

public sealed class GlyphsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData("en_US.UTF-8")]
    [InlineData("C.utf8")]
    public void A_utf8_locale_gets_unicode_glyphs(string lang) =>
        Assert.Same(Glyphs.Unicode, Glyphs.ForLocale(Env(("LANG", lang))));

    [Theory]
    [InlineData("C")]
    [InlineData("POSIX")]
    [InlineData("en_US.ISO-8859-1")]
    public void Other_locales_get_ascii_glyphs(string lang) =>
        Assert.Same(Glyphs.Ascii, Glyphs.ForLocale(Env(("LANG", lang))));

    [Fact]
    public void Lc_all_wins_over_lang()
    {
        Assert.Same(Glyphs.Ascii, Glyphs.ForLocale(Env(("LC_ALL", "C"), ("LANG", "en_US.UTF-8"))));
        Assert.Same(Glyphs.Ascii, Glyphs.ForLocale(Env()));
    }

    [Fact]
    public void Every_glyph_is_one_cell_wide_and_the_ascii_set_is_ascii()
    {
        foreach (var set in (Glyphs[])[Glyphs.Unicode, Glyphs.Ascii])
        {
            foreach (var glyph in new[] { set.Online, set.Offline, set.Check, set.Cross, set.Warning, set.Up, set.Down, set.Selected, set.Ellipsis, set.Separator })
            {
                Assert.Equal(1, CellWidth.Of(glyph));
            }
        }
        Assert.All(new[] { Glyphs.Ascii.Online, Glyphs.Ascii.Check, Glyphs.Ascii.Cross, Glyphs.Ascii.Warning }, g => Assert.True(g.All(char.IsAscii)));
    }
}
