using System.CommandLine;
using CrmTui.Cli.Verbs;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Tests.Config;

/// <summary>
/// <c>crmtui themes</c> lists the shipped themes and the user's own from
/// <c>$XDG_CONFIG_HOME/crmtui/themes</c>, says where each comes from, prints every problem as
/// <c>file:line:col: message</c> and exits 1 when there is one; <c>config check</c> knows the same themes.
/// </summary>
public sealed class ThemesVerbTests : IDisposable
{
    private readonly string _xdg = Directory.CreateTempSubdirectory("crmtui-themes-verb-").FullName;

    private string ThemeDir => Path.Combine(_xdg, "crmtui", "themes");

    public void Dispose() => Directory.Delete(_xdg, recursive: true);

    [Fact]
    public async Task Without_user_themes_it_lists_the_four_shipped_themes_and_where_yours_would_go()
    {
        // When
        var (exit, output) = await ThemesAsync(noColor: null);

        // Then
        Assert.Equal(ThemesVerb.Ok, exit);
        var rows = Rows(output);
        Assert.Equal(["default", "high-contrast", "light", "mono"], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(["ok", "shipped"], r[1..3]));
        Assert.Contains($"User themes: {ThemeDir}/*.toml (the directory does not exist yet)", output);
        Assert.DoesNotContain("NO_COLOR is set", output);
        Assert.DoesNotContain("Problems:", output);
    }

    [Fact]
    public async Task User_themes_are_added_override_shipped_ones_and_their_problems_are_printed_with_file_line_col()
    {
        // Given
        Directory.CreateDirectory(ThemeDir);
        var ocean = Write("ocean", "description = \"blue-green\"\n[styles]\ntext = \"default\"\n\"node.online\" = \"aquamarine1\"\n");
        var mine = Write("default", "extends = \"default\"\n[styles]\nselection = \"black on gold1\"\n");
        var broken = Write("broken", "[styles]\n\"node.onlin\" = \"green\"\n");

        // When
        var (exit, output) = await ThemesAsync(noColor: "1");

        // Then
        Assert.Equal(ThemesVerb.Problems, exit);
        var rows = Rows(output);
        Assert.Equal(["broken", "1 problem", broken], rows.Single(r => r[0] == "broken")[..3]);
        Assert.Equal(["ocean", "ok", ocean, "blue-green"], rows.Single(r => r[0] == "ocean"));
        Assert.Equal([["default", "ok", mine], ["default", "overridden", "shipped"]], rows.Where(r => r[0] == "default").Select(r => r[..3]));
        Assert.Contains($"Problems:\n{broken}:2:1: unknown style role 'node.onlin' (did you mean 'node.online'?)", output);
        Assert.Contains($"User themes: {ThemeDir}/*.toml\n", output);
        Assert.Contains("NO_COLOR is set: the dashboard uses 'mono' unless --theme names another theme", output);
    }

    [Fact]
    public async Task Config_check_accepts_a_user_theme_and_reports_the_problems_of_a_broken_one_it_names()
    {
        // Given
        Directory.CreateDirectory(ThemeDir);
        Write("ocean", "[styles]\ntext = \"default\"\n");
        var broken = Write("broken", "[styles]\ntext = \"bold purplee\"\n");
        var good = WriteConfig("good.toml", "[defaults]\ntheme = \"ocean\"\n");
        var bad = WriteConfig("bad.toml", "[defaults]\ntheme = \"broken\"\n[[cluster]]\nname = \"p\"\nhosts = [\"n1\"]\ntheme = \"ocaen\"\n");

        // When
        var (goodExit, goodOutput) = await CheckAsync(good);
        var (badExit, badOutput) = await CheckAsync(bad);

        // Then
        Assert.Equal((ConfigVerb.Ok, $"{good}: ok"), (goodExit, goodOutput.Trim()));
        Assert.Equal(ConfigVerb.Problems, badExit);
        Assert.StartsWith($"{bad}:6:9: unknown theme 'ocaen' in cluster 'p' (did you mean 'ocean'?)", badOutput);
        var (badAgainExit, badAgainOutput) = await CheckAsync(WriteConfig("bad2.toml", "[defaults]\ntheme = \"broken\"\n"));
        Assert.Equal(ConfigVerb.Problems, badAgainExit);
        Assert.Equal($"{broken}:2:8: cannot use \"bold purplee\" as the style of 'text': Could not find color or style 'purplee'; a style is attributes and colours, e.g. \"bold white on red3\"", badAgainOutput.Trim());
    }

    private string Write(string name, string toml)
    {
        var path = Path.Combine(ThemeDir, name + ".toml");
        File.WriteAllText(path, toml);
        return path;
    }

    private string WriteConfig(string name, string toml)
    {
        var path = Path.Combine(_xdg, name);
        File.WriteAllText(path, toml);
        return path;
    }

    private Func<string, string?> Environment(string? noColor) => name => name switch
    {
        "XDG_CONFIG_HOME" => _xdg,
        "HOME" => "/nonexistent-home",
        "NO_COLOR" => noColor,
        _ => null,
    };

    private async Task<(int Exit, string Output)> ThemesAsync(string? noColor)
    {
        var output = new StringWriter();
        var env = Environment(noColor);
        var command = ThemesVerb.Create(() => ThemeCatalog.FromEnvironment(env), env);
        var exit = await command.Parse("").InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exit, output.ToString().ReplaceLineEndings("\n"));
    }

    private async Task<(int Exit, string Output)> CheckAsync(string file)
    {
        var output = new StringWriter();
        var env = Environment(null);
        var command = ConfigVerb.Create(() => ThemeCatalog.FromEnvironment(env), _ => null);
        var exit = await command.Parse($"check {file}").InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exit, output.ToString().ReplaceLineEndings("\n"));
    }

    // The table rows under the NAME header, split on runs of two or more spaces.
    private static List<string[]> Rows(string output) =>
        [.. output.Split('\n').Skip(1).TakeWhile(l => l.Length > 0)
            .Select(l => System.Text.RegularExpressions.Regex.Split(l.TrimEnd(), "  +"))];
}
