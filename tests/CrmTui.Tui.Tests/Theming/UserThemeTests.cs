using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Tui.Tests.Theming;

public sealed class UserThemeTests : IDisposable
{
    private readonly UserThemeDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_user_file_adds_a_theme_found_through_xdg_config_home()
    {
        // Given
        var path = _dir.Write("ocean", "description = \"blue\"\n[styles]\ntext = \"white on navy\"\nnode.online = \"aqua\"\n");

        // When
        var catalog = ThemeCatalog.FromEnvironment(_dir.Environment());

        // Then
        Assert.Equal(_dir.Path, catalog.UserDirectory);
        Assert.Equal(["default", "high-contrast", "light", "mono", "ocean"], catalog.Names);
        var entry = catalog.Find("ocean")!;
        Assert.Equal(path, entry.Source.Location);
        Assert.False(entry.Source.IsShipped);
        Assert.Equal("blue", entry.Description);
        var theme = catalog.Load("ocean").Theme!;
        Assert.Equal(new Style(Color.Aqua), theme[StyleRole.NodeOnline]);
        Assert.Equal(new Style(Color.Aqua), theme[StyleRole.NodeGuest]);
        Assert.Equal(new Style(Color.White, Color.Navy), theme[StyleRole.ResourceStopped]);
    }

    [Fact]
    public void A_user_file_overrides_the_shipped_theme_of_the_same_name()
    {
        _dir.Write("light", "[styles]\ntext = \"black on white\"\n");

        var catalog = ThemeCatalog.FromEnvironment(_dir.Environment());

        var light = catalog.Find("light")!;
        Assert.False(light.Source.IsShipped);
        Assert.Equal(new Style(Color.Black, Color.White), light.Theme![StyleRole.NodeOnline]);
        Assert.Equal("light", Assert.Single(catalog.Overridden).Name);
        Assert.True(Assert.Single(catalog.Overridden).Source.IsShipped);
    }

    [Fact]
    public void A_user_file_that_extends_its_own_name_tweaks_the_shipped_theme()
    {
        _dir.Write("default", "extends = \"default\"\n[styles]\n\"node.online\" = \"bold lime\"\n");

        var theme = ThemeCatalog.FromEnvironment(_dir.Environment()).Load("default").Theme!;

        Assert.Equal(new Style(Color.Lime, decoration: Decoration.Bold), theme[StyleRole.NodeOnline]);
        Assert.Equal(ThemeCatalog.Shipped.Load("default").Theme![StyleRole.NodeOffline], theme[StyleRole.NodeOffline]);
    }

    [Fact]
    public void Extends_takes_the_base_themes_roles_and_the_file_wins_where_it_sets_one()
    {
        _dir.Write("base", "[styles]\ntext = \"grey\"\n\"resource.started\" = \"green\"\n\"resource.promoted\" = \"bold green\"\n");
        _dir.Write("child", "extends = \"base\"\n[styles.resource]\nstarted = \"blue\"\n");

        var theme = ThemeCatalog.FromEnvironment(_dir.Environment()).Load("child").Theme!;

        Assert.Equal(new Style(Color.Blue), theme[StyleRole.ResourceStarted]);
        Assert.Equal(new Style(Color.Green, decoration: Decoration.Bold), theme[StyleRole.ResourcePromoted]);
        Assert.Equal(new Style(Color.Blue), theme[StyleRole.ResourceUnpromoted]);
        Assert.Equal(new Style(Color.Grey), theme[StyleRole.Dialog]);
    }

    [Fact]
    public void An_extends_loop_is_an_error_on_the_extends_line_of_each_theme()
    {
        var a = _dir.Write("a", "extends = \"b\"\n");
        var b = _dir.Write("b", "# b\nextends = \"a\"\n");

        var catalog = ThemeCatalog.FromEnvironment(_dir.Environment());

        Assert.True(catalog.HasProblems);
        Assert.Equal([$"{a}:1:11: extends 'b', which has problems of its own ({b})"], catalog.Find("a")!.Problems.Select(p => p.ToString()));
        Assert.Equal([$"{b}:2:11: 'extends' makes a loop: a → b → a"], catalog.Find("b")!.Problems.Select(p => p.ToString()));
        Assert.False(catalog.Load("a").IsValid);
    }

    [Fact]
    public void Extending_an_unknown_theme_suggests_a_known_one()
    {
        var file = _dir.Write("mine", "extends = \"defualt\"\n[styles]\ntext = \"white\"\n");

        var problems = ThemeCatalog.FromEnvironment(_dir.Environment()).Find("mine")!.Problems;

        Assert.Equal($"{file}:1:11: extends unknown theme 'defualt' (did you mean 'default'?); known themes: default, high-contrast, light, mine, mono",
            Assert.Single(problems).ToString());
    }

    [Fact]
    public void A_broken_user_theme_is_listed_with_its_problems_and_loading_it_says_why()
    {
        var file = _dir.Write("broken", "[styles]\n\"node.onlin\" = \"green\"\n");

        var catalog = ThemeCatalog.FromEnvironment(_dir.Environment());
        var loaded = catalog.Load("broken");

        Assert.Contains("broken", catalog.Names);
        Assert.False(catalog.Find("broken")!.IsUsable);
        Assert.Null(loaded.Theme);
        Assert.Equal<string>([
            $"theme 'broken' cannot be used until its file is fixed ({file}):",
            $"{file}:2:1: unknown style role 'node.onlin' (did you mean 'node.online'?); docs/themes.md lists the roles",
        ], [.. loaded.Errors]);
    }

    [Fact]
    public void Files_that_are_not_toml_and_a_missing_directory_are_ignored()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "notes.txt"), "not a theme");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "sub.toml"));

        Assert.Equal(ThemeCatalog.Shipped.Names, ThemeCatalog.FromEnvironment(_dir.Environment()).Names);
        Assert.Equal(ThemeCatalog.Shipped.Names, ThemeCatalog.Create(Path.Combine(_dir.Path, "absent")).Names);
        Assert.False(ThemeCatalog.Create(Path.Combine(_dir.Path, "absent")).HasProblems);
    }

    [Fact]
    public void Without_xdg_config_home_the_user_directory_is_under_home()
    {
        var catalog = ThemeCatalog.FromEnvironment(name => name == "HOME" ? "/home/op" : null);

        Assert.Equal("/home/op/.config/crmtui/themes", catalog.UserDirectory);
    }

    [Fact]
    public void An_unknown_name_lists_the_known_themes_and_where_user_themes_go()
    {
        var catalog = ThemeCatalog.FromEnvironment(_dir.Environment());

        var loaded = catalog.Load("hight-contrast");

        Assert.Equal(
            $"unknown theme 'hight-contrast' (did you mean 'high-contrast'?); known themes: default, high-contrast, light, mono (your own go in {_dir.Path})",
            Assert.Single(loaded.Errors));
    }
}
