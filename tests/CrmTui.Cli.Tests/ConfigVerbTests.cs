using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using CrmTui.Cli.Verbs;
using CrmTui.Config;

namespace CrmTui.Cli.Tests;

public sealed class ConfigVerbTests : IDisposable
{
    private static readonly ConfigVocabulary Vocabulary = new(
        Commands: ["node.fence", "filter", "quit"],
        DefaultBindings: ImmutableDictionary<string, string>.Empty.Add("/", "filter").Add("q", "quit"),
        Themes: ["default", "light", "high-contrast", "mono"]);

    private readonly string _dir = Directory.CreateTempSubdirectory("crmtui-config-verb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Check_prints_every_error_as_file_line_col_and_exits_non_zero()
    {
        // Given
        var file = Write("bad.toml", "[defaults]\ntheme = \"drak\"\n[[cluster]]\nname = \"p\"\nhosts = [\"-oProxyCommand=x\"]\n");

        // When
        var (exit, output, _) = await RunAsync($"check {file}");

        // Then
        Assert.Equal(ConfigVerb.Problems, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{file}:2:9: unknown theme 'drak' in [defaults]", lines[0]);
        Assert.StartsWith($"{file}:5:10: host '-oProxyCommand=x' in cluster 'p' must not start with '-'", lines[1]);
    }

    [Fact]
    public async Task Check_says_ok_and_exits_zero_for_a_good_file()
    {
        var file = Write("good.toml", "[[cluster]]\nname = \"p\"\nhosts = [\"n1\"]\n");

        var (exit, output, _) = await RunAsync($"check {file}");

        Assert.Equal(ConfigVerb.Ok, exit);
        Assert.Equal($"{file}: ok", output.Trim());
    }

    [Fact]
    public async Task Check_without_a_file_checks_the_default_location()
    {
        var file = Write("config.toml", "[defaults]\nmouse = \"on\"\n");

        var (exit, output, _) = await RunAsync("check", defaultPath: file);

        Assert.Equal(ConfigVerb.Problems, exit);
        Assert.StartsWith($"{file}:2:9: 'mouse' in [defaults] must be true or false", output);
    }

    [Fact]
    public async Task Check_of_a_missing_file_is_a_reported_problem()
    {
        var file = Path.Combine(_dir, "absent.toml");

        var (exit, output, _) = await RunAsync($"check {file}");

        Assert.Equal(ConfigVerb.Problems, exit);
        Assert.Equal($"{file}:1:1: cannot read the configuration file: no such file", output.Trim());
    }

    [Fact]
    public async Task Check_without_a_file_says_how_to_start_when_there_is_no_config_yet()
    {
        var file = Path.Combine(_dir, "crmtui", "config.toml");

        var (exit, output, error) = await RunAsync("check", defaultPath: file);

        Assert.Equal(ConfigVerb.Problems, exit);
        Assert.Equal("", output);
        Assert.Equal($"no configuration file at {file}; crmtui uses its built-in defaults. Start one with: crmtui config example > {file}", error.Trim());
    }

    [Fact]
    public async Task The_printed_example_passes_check()
    {
        // Given
        var (exampleExit, example, _) = await RunAsync("example");
        var file = Write("example.toml", example);

        // When
        var (exit, output, _) = await RunAsync($"check {file}");

        // Then
        Assert.Equal(ConfigVerb.Ok, exampleExit);
        Assert.Contains("[[cluster]]", example);
        Assert.Equal(ConfigVerb.Ok, exit);
        Assert.Equal($"{file}: ok", output.Trim());
    }

    [Fact]
    public async Task Decode_prints_tagged_json_for_toml_on_stdin()
    {
        var (exit, output, _) = await RunAsync("decode", stdin: "port = 0x16\n[[cluster]]\nname = 'p'\n");

        Assert.Equal(ConfigVerb.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var port = json.RootElement.GetProperty("port");
        Assert.Equal("integer", port.GetProperty("type").GetString());
        Assert.Equal("22", port.GetProperty("value").GetString());
        Assert.Equal("p", json.RootElement.GetProperty("cluster")[0].GetProperty("name").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Decode_reports_a_syntax_error_on_stderr_and_exits_one()
    {
        var (exit, output, error) = await RunAsync("decode", stdin: "a = 1\nb = [1 2]\n");

        Assert.Equal(ConfigVerb.Problems, exit);
        Assert.Equal("", output);
        Assert.Equal("<stdin>:2:8: expected ',' or ']' in the array, found '2'", error.Trim());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string args, string? defaultPath = null, string stdin = "")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = ConfigVerb.Create(Vocabulary, defaultPath, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        var exit = await command.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
