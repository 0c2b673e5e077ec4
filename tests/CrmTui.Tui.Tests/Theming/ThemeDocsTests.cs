using System.Text.RegularExpressions;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.Theming;

/// <summary>
/// docs/themes.md cannot rot: every ```toml block loads as a theme file (named by the file in its first
/// comment line) without a problem, every ```toml error block gives exactly the lines of the ```text
/// block after it, and the role table is exactly <see cref="StyleRoles"/> with its parents.
/// </summary>
public sealed partial class ThemeDocsTests
{
    private static readonly string DocPath = Path.Combine(RepoPaths.Root(), "docs", "themes.md");

    [Fact]
    public void Every_toml_example_in_the_themes_docs_loads_without_a_problem()
    {
        // Given: all examples together in one user theme directory (one may extend another)
        var blocks = Blocks().Where(b => b.Info == "toml").ToList();
        using var dir = new UserThemeDirectory();
        var names = blocks.Select(b => dir.Write(ThemeName(b), b.Body)).Select(Path.GetFileNameWithoutExtension).ToList();

        // When
        var catalog = ThemeCatalog.FromEnvironment(dir.Environment());

        // Then
        Assert.True(blocks.Count >= 2, "expected theme examples in docs/themes.md");
        foreach (var name in names)
        {
            var entry = catalog.Find(name!);
            Assert.NotNull(entry);
            Assert.False(entry.Source.IsShipped);
            Assert.True(entry.IsUsable, string.Join("\n", entry.Problems));
            Assert.All(StyleRoles.All, role => Assert.NotNull(entry.Theme![role]));
        }
    }

    [Fact]
    public void Every_error_example_in_the_themes_docs_gives_what_the_docs_say()
    {
        var all = Blocks();
        var errorBlocks = all.Select((b, i) => (Block: b, Index: i)).Where(x => x.Block.Info == "toml error").ToList();

        Assert.NotEmpty(errorBlocks);
        foreach (var (block, index) in errorBlocks)
        {
            Assert.True(index + 1 < all.Count && all[index + 1].Info == "text",
                $"the error example at line {block.Line} must be followed by a ```text block with the expected output");
            var expected = all[index + 1].Body.TrimEnd('\n').Split('\n');
            using var dir = new UserThemeDirectory();
            var name = ThemeName(block);
            var path = dir.Write(name, block.Body);

            var problems = ThemeCatalog.FromEnvironment(dir.Environment()).Find(name)!.Problems
                .Select(p => p.ToString().Replace(path, name + ".toml", StringComparison.Ordinal))
                .ToArray();

            Assert.Equal(expected, problems);
        }
    }

    [Fact]
    public void The_role_table_in_the_themes_docs_is_every_role_with_its_parent()
    {
        // Given
        var text = File.ReadAllText(DocPath).ReplaceLineEndings("\n");

        // When
        var documented = RoleRow().Matches(text).Select(m => (Role: m.Groups["role"].Value, Parent: m.Groups["parent"].Value)).ToList();

        // Then
        var actual = StyleRoles.All.Select(r => (Role: StyleRoles.Name(r), Parent: StyleRoles.Name(StyleRoles.Parent(r)))).ToList();
        Assert.Equal(actual, documented);
    }

    // "# ~/.config/crmtui/themes/ocean.toml" on the first line names the example.
    private static string ThemeName((string Info, string Body, int Line) block)
    {
        var first = block.Body.Split('\n')[0];
        var match = FileComment().Match(first);
        Assert.True(match.Success, $"the toml example at docs/themes.md:{block.Line} must start with a comment naming its file (# .../NAME.toml)");
        return match.Groups["name"].Value;
    }

    private static List<(string Info, string Body, int Line)> Blocks()
    {
        var text = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        return [.. Fence().Matches(text).Select(m => (
            m.Groups["info"].Value.Trim(),
            m.Groups["body"].Value,
            text[..m.Index].Count(c => c == '\n') + 1))];
    }

    [GeneratedRegex(@"^```(?<info>[^\n]*)\n(?<body>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^#\s*\S*/(?<name>[A-Za-z0-9_.-]+)\.toml\s*$")]
    private static partial Regex FileComment();

    [GeneratedRegex(@"^\| `(?<role>[a-z_.]+)` \| `(?<parent>[a-z_.]+)` \|", RegexOptions.Multiline)]
    private static partial Regex RoleRow();
}
