using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.Theming;

public sealed class ThemeChoiceTests
{
    private static Func<string, string?> Env(string? noColor) => name => name == "NO_COLOR" ? noColor : null;

    [Theory]
    [InlineData("light", "high-contrast", null, "light", ThemeChoiceReason.CommandLine)]
    [InlineData("light", "high-contrast", "1", "light", ThemeChoiceReason.CommandLine)]
    [InlineData(null, "high-contrast", "1", "mono", ThemeChoiceReason.NoColor)]
    [InlineData(null, null, "yes", "mono", ThemeChoiceReason.NoColor)]
    [InlineData(null, "high-contrast", "", "high-contrast", ThemeChoiceReason.Configuration)]
    [InlineData(null, "high-contrast", null, "high-contrast", ThemeChoiceReason.Configuration)]
    [InlineData(null, null, null, "default", ThemeChoiceReason.BuiltInDefault)]
    [InlineData("", "", null, "default", ThemeChoiceReason.BuiltInDefault)]
    public void The_command_line_wins_then_no_color_then_the_configuration_then_default(
        string? commandLine, string? configured, string? noColor, string expected, ThemeChoiceReason reason)
    {
        var choice = ThemeChoice.Choose(commandLine, configured, Env(noColor));

        Assert.Equal(new ThemeChoice(expected, reason), choice);
    }

    [Fact]
    public void No_color_resolves_to_the_mono_theme_even_when_the_configuration_names_a_colour_theme()
    {
        var loaded = ThemeCatalog.Shipped.Resolve(commandLine: null, configured: "high-contrast", Env("1"));

        Assert.True(loaded.IsValid);
        Assert.Same(Theme.Mono, loaded.Theme);
    }

    [Fact]
    public void A_user_mono_theme_is_what_no_color_selects()
    {
        using var dir = new UserThemeDirectory();
        dir.Write("mono", "[styles]\ntext = \"default\"\nselection = \"underline\"\n");

        var loaded = ThemeCatalog.FromEnvironment(dir.Environment()).Resolve(null, null, dir.Environment(noColor: "1"));

        Assert.Equal(Spectre.Console.Decoration.Underline, loaded.Theme![StyleRole.Selection].Decoration);
    }

    [Fact]
    public void An_unknown_theme_says_where_its_name_came_from()
    {
        var loaded = ThemeCatalog.Shipped.Resolve("drak", null, Env(null));

        Assert.False(loaded.IsValid);
        Assert.StartsWith("unknown theme 'drak' (--theme); known themes: default, high-contrast, light, mono", Assert.Single(loaded.Errors));
    }
}
