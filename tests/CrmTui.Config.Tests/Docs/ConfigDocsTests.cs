using System.Text.RegularExpressions;
using CrmTui.Config.Tests.Support;
using Xunit.Abstractions;

namespace CrmTui.Config.Tests.Docs;

/// <summary>
/// docs/config.md cannot rot: every ```toml block must pass the checker, and every ```toml error block
/// must produce exactly the lines of the ```text block that follows it.
/// </summary>
public sealed partial class ConfigDocsTests(ITestOutputHelper output)
{
    private static readonly string DocsDir = Path.Combine(TestPaths.RepoRoot, "docs");

    [Fact]
    public void Every_toml_example_in_the_config_docs_passes_check()
    {
        // Given
        var blocks = Blocks().Where(b => b.Info == "toml").ToList();
        var loader = new ConfigLoader(RealVocabulary());

        // When / Then
        Assert.True(blocks.Count >= 2, "expected toml examples in docs/config.md");
        foreach (var block in blocks)
        {
            var result = loader.Load(block.Body, $"docs/config.md block at line {block.Line}");
            Assert.True(result.IsValid, string.Join("\n", result.Errors));
        }
        output.WriteLine($"{blocks.Count} examples checked");
    }

    [Fact]
    public void Every_error_example_in_the_config_docs_prints_what_the_docs_say()
    {
        var all = Blocks();
        var errorBlocks = all.Select((b, i) => (Block: b, Index: i)).Where(x => x.Block.Info == "toml error").ToList();
        var loader = new ConfigLoader(RealVocabulary());

        Assert.NotEmpty(errorBlocks);
        foreach (var (block, index) in errorBlocks)
        {
            Assert.True(index + 1 < all.Count && all[index + 1].Info == "text",
                $"the error example at line {block.Line} must be followed by a ```text block with the expected output");
            var expected = all[index + 1].Body.TrimEnd('\n').Split('\n');

            var actual = loader.Load(block.Body, "config.toml").Errors.Select(e => e.ToString()).ToArray();

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void The_example_printed_by_the_cli_passes_check_against_the_real_key_table()
    {
        var result = new ConfigLoader(RealVocabulary()).Load(ConfigExample.Text, "example.toml");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.NotEmpty(result.Settings!.Clusters);
    }

    private static ConfigVocabulary RealVocabulary()
    {
        var vocabulary = DocsVocabulary.Load(File.ReadAllText(Path.Combine(DocsDir, "keys.md")));
        Assert.True(vocabulary.Commands.Count >= 10 && vocabulary.DefaultBindings.Count >= 10,
            "docs/keys.md no longer parses as a key table; update DocsVocabulary to its format");
        return vocabulary;
    }

    private static List<(string Info, string Body, int Line)> Blocks()
    {
        var text = File.ReadAllText(Path.Combine(DocsDir, "config.md")).Replace("\r\n", "\n");
        return [.. Fence().Matches(text).Select(m => (
            m.Groups["info"].Value.Trim(),
            m.Groups["body"].Value,
            text[..m.Index].Count(c => c == '\n') + 1))];
    }

    [GeneratedRegex(@"^```(?<info>[^\n]*)\n(?<body>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
