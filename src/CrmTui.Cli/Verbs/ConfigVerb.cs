using System.CommandLine;
using CrmTui.Config;
using CrmTui.Config.Toml;
using CrmTui.Cli.Composition;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// <c>crmtui config check [FILE]</c>, <c>config example</c> and <c>config decode</c>. Exit codes
/// (docs/config.md): 0 fine; 1 the file has errors, cannot be read, or is not TOML.
/// </summary>
public static class ConfigVerb
{
    public const int Ok = 0;
    public const int Problems = 1;

    /// <summary>
    /// Builds the verb. <paramref name="themes"/> gives the theme catalog (made when <c>check</c> runs, so
    /// other verbs never read the user's theme directory): <c>check</c> accepts its theme names and reports
    /// the problems of a theme file the configuration names. <paramref name="defaultConfigPath"/> gives the
    /// file <c>check</c> reads when no FILE is given (the caller resolves <c>--config</c> and the environment,
    /// see <see cref="ConfigLocation"/>); <paramref name="standardInput"/> is what <c>decode</c> reads, the
    /// process's stdin when null.
    /// </summary>
    public static Command Create(Func<ThemeCatalog> themes, Func<ParseResult, string?> defaultConfigPath, Func<Stream>? standardInput = null) =>
        Create(
            () =>
            {
                var catalog = themes();
                return (CliVocabulary.Build(catalog), catalog);
            },
            defaultConfigPath,
            standardInput);

    /// <summary>With a fixed vocabulary and no theme files to look into (for tests of the checker itself).</summary>
    public static Command Create(ConfigVocabulary vocabulary, Func<ParseResult, string?> defaultConfigPath, Func<Stream>? standardInput = null) =>
        Create(() => (vocabulary, null), defaultConfigPath, standardInput);

    /// <summary>As above, with a fixed default path.</summary>
    public static Command Create(ConfigVocabulary vocabulary, string? defaultConfigPath, Func<Stream>? standardInput = null) =>
        Create(vocabulary, _ => defaultConfigPath, standardInput);

    private static Command Create(Func<(ConfigVocabulary, ThemeCatalog?)> vocabulary, Func<ParseResult, string?> defaultConfigPath, Func<Stream>? standardInput)
    {
        var command = new Command("config", "Check, explain and debug the configuration file");
        command.Add(CreateCheck(vocabulary, defaultConfigPath));
        command.Add(CreateExample());
        command.Add(CreateDecode(standardInput ?? Console.OpenStandardInput));
        return command;
    }

    private static Command CreateCheck(Func<(ConfigVocabulary Vocabulary, ThemeCatalog? Themes)> context, Func<ParseResult, string?> defaultConfigPath)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "The file to check (default: the configuration file crmtui would use)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var check = new Command("check", "Print every problem in the configuration file as file:line:col: message") { file };
        check.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var given = parseResult.GetValue(file);
            var path = given ?? defaultConfigPath(parseResult);
            if (path is null)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("no configuration file to check: give FILE, or set HOME or XDG_CONFIG_HOME");
                return Problems;
            }
            if (given is null && !File.Exists(path))
            {
                parseResult.InvocationConfiguration.Error.WriteLine(
                    $"no configuration file at {path}; crmtui uses its built-in defaults. Start one with: crmtui config example > {path}");
                return Problems;
            }
            var (vocabulary, themes) = context();
            var result = new ConfigLoader(vocabulary).LoadFile(path);
            foreach (var error in result.Errors)
            {
                output.WriteLine(error.ToString());
            }
            if (!result.IsValid)
            {
                return Problems;
            }
            var themeProblems = themes is null ? [] : NamedThemeProblems(result.Settings!, themes);
            foreach (var problem in themeProblems)
            {
                output.WriteLine(problem);
            }
            if (themeProblems.Count > 0)
            {
                return Problems;
            }
            output.WriteLine($"{path}: ok");
            return Ok;
        });
        return check;
    }

    // A theme the file names exists but its own file has errors: those are the file's problems too.
    private static List<string> NamedThemeProblems(Settings settings, ThemeCatalog themes) =>
        [.. settings.Clusters.Select(c => c.ThemeOrDefault(settings.Defaults))
            .Append(settings.Defaults.Theme)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(themes.Find)
            .OfType<ThemeEntry>()
            .SelectMany(t => t.Problems.Select(p => p.ToString()))];

    private static Command CreateExample()
    {
        var example = new Command("example", "Print a commented example configuration (it passes 'config check')");
        example.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Output.Write(ConfigExample.Text + Environment.NewLine);
            return Ok;
        });
        return example;
    }

    private static Command CreateDecode(Func<Stream> standardInput)
    {
        var decode = new Command("decode", "Read TOML on stdin and print it as toml-test tagged JSON");
        decode.SetAction(async (parseResult, cancellationToken) =>
        {
            using var buffer = new MemoryStream();
            await using (var input = standardInput())
            {
                await input.CopyToAsync(buffer, cancellationToken);
            }
            try
            {
                var document = TomlReader.Parse(buffer.ToArray(), "<stdin>");
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(TomlTaggedJson.Encode(document.Root));
                return Ok;
            }
            catch (TomlSyntaxException e)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(e.Message);
                return Problems;
            }
        });
        return decode;
    }
}
