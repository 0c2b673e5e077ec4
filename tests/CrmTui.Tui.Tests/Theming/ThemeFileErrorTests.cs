using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.Theming;

/// <summary>Every mistake in a theme file is reported as file:line:col with what to do about it.</summary>
public sealed class ThemeFileErrorTests : IDisposable
{
    private readonly UserThemeDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("[styles]\n\"node.onlin\" = \"green\"\n",
        "2:1: unknown style role 'node.onlin' (did you mean 'node.online'?); docs/themes.md lists the roles")]
    [InlineData("[styles]\nnode.offline = \"bold gren\"\n",
        "2:16: cannot use \"bold gren\" as the style of 'node.offline': Could not find color or style 'gren'; a style is attributes and colours, e.g. \"bold white on red3\"")]
    [InlineData("[styles]\ntext = \"\"\n",
        "2:8: cannot use \"\" as the style of 'text': it is empty (write \"default\" for the terminal's own colours); a style is attributes and colours, e.g. \"bold white on red3\"")]
    [InlineData("[styles]\ntext = \"bold purplee\"\n",
        "2:8: cannot use \"bold purplee\" as the style of 'text': Could not find color or style 'purplee'; a style is attributes and colours, e.g. \"bold white on red3\"")]
    [InlineData("[styles]\n\"node.online\" = \"green\"\n[styles.node]\nonline = \"red\"\n",
        "4:1: style role 'node.online' is set twice")]
    [InlineData("[styles]\ntext = 7\n",
        "2:8: style of 'text' must be a string such as \"bold red on grey23\", found an integer")]
    [InlineData("colour = \"red\"\n[styles]\ntext = \"red\"\n",
        "1:1: unknown key 'colour' in the theme file; known keys: name, description, extends, styles")]
    [InlineData("name = \"other\"\n[styles]\ntext = \"red\"\n",
        "1:8: name 'other' does not match the file name 'mine.toml'; crmtui knows a theme by its file name (rename the file, or drop 'name')")]
    [InlineData("description = \"x\"\n",
        "1:1: a theme needs a [styles] table (role = \"style\"), or 'extends' to reuse another theme")]
    [InlineData("[styles]\ntext = \"red\"\ntext = \"blue\"\n",
        "3:1: duplicate key 'text': already defined at 2:1")]
    public void A_mistake_is_reported_where_it_is(string toml, string expected)
    {
        // Given
        var path = _dir.Write("mine", toml);

        // When
        var problems = ThemeCatalog.FromEnvironment(_dir.Environment()).Find("mine")!.Problems;

        // Then
        Assert.Equal($"{path}:{expected}", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Every_problem_is_reported_in_file_order_and_good_entries_still_apply()
    {
        var path = _dir.Write("mine", "[styles]\ntext = \"white\"\nbogus = \"red\"\n\"node.online\" = \"lime\"\ndim = \"grey on nothing\"\n");

        var entry = ThemeCatalog.FromEnvironment(_dir.Environment()).Find("mine")!;

        Assert.Equal([3, 5], entry.Problems.Select(p => p.Line));
        Assert.All(entry.Problems, p => Assert.Equal(path, p.File));
        Assert.Equal(new Spectre.Console.Style(Spectre.Console.Color.Lime), entry.Theme![StyleRole.NodeOnline]);
        Assert.False(entry.IsUsable);
    }
}
