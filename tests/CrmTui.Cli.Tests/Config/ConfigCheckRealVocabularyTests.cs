using System.CommandLine;
using System.Text.RegularExpressions;
using CrmTui.Cli.Tests.Architecture;
using CrmTui.Cli.Verbs;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Tests.Config;

/// <summary>
/// <c>crmtui config check</c> as the executable builds it: the dashboard's real key table and the real
/// theme catalog (shipped themes, no user directory). The printed example and the error example of
/// docs/config.md must give what they promise with those, not only with a test vocabulary.
/// </summary>
public sealed partial class ConfigCheckRealVocabularyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crmtui-config-real-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_printed_example_passes_check_with_the_real_key_table_and_themes()
    {
        // Given
        var (exampleExit, example) = await RunAsync("example");
        var file = Write("config.toml", example);

        // When
        var (exit, output) = await RunAsync($"check {file}");

        // Then
        Assert.Equal(ConfigVerb.Ok, exampleExit);
        Assert.Equal((ConfigVerb.Ok, $"{file}: ok"), (exit, output.Trim()));
    }

    [Fact]
    public async Task The_error_example_in_the_config_docs_prints_exactly_the_documented_lines()
    {
        // Given
        var doc = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "config.md")).ReplaceLineEndings("\n");
        var match = ErrorExample().Match(doc);
        Assert.True(match.Success, "docs/config.md no longer has a ```toml error block followed by a ```text block");
        var file = Write("config.toml", match.Groups["toml"].Value);

        // When
        var (exit, output) = await RunAsync($"check {file}");

        // Then
        Assert.Equal(ConfigVerb.Problems, exit);
        Assert.Equal(match.Groups["text"].Value.TrimEnd('\n'), output.Replace(file, "config.toml", StringComparison.Ordinal).TrimEnd('\n'));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string args)
    {
        var output = new StringWriter();
        var command = ConfigVerb.Create(() => ThemeCatalog.Shipped, _ => null);
        var exit = await command.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exit, output.ToString().ReplaceLineEndings("\n"));
    }

    [GeneratedRegex(@"^```toml error\n(?<toml>.*?)^```\n.*?^```text\n(?<text>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ErrorExample();
}
