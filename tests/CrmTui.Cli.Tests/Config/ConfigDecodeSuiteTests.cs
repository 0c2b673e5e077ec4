using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmTui.Cli.Verbs;
using CrmTui.Config;
using CrmTui.Config.Tests.Support;

namespace CrmTui.Cli.Tests.Config;

/// <summary>
/// <c>crmtui config decode</c> speaks toml-test's decoder protocol: TOML on stdin; tagged JSON on stdout
/// and exit 0 for a valid document; nothing on stdout, an error on stderr and a non-zero exit for an
/// invalid one. These tests drive the verb itself with every case, the way toml-test's runner would,
/// and compare as it does (integers exactly, floats numerically, date-times as instants).
/// </summary>
public sealed partial class ConfigDecodeSuiteTests
{
    private static readonly ConfigVocabulary Vocabulary = new([], ImmutableDictionary<string, string>.Empty, ["default"]);

    private static string OwnCases => Path.Combine(TestPaths.RepoRoot, "tests", "CrmTui.Config.Tests", "Fixtures", "toml");

    [TomlTestSuiteFact]
    public async Task Config_decode_passes_every_valid_case_of_the_official_suite()
    {
        var (count, failures) = await DecodeValidAsync(Path.Combine(TestPaths.TomlTestSuite, "valid"));

        Assert.True(failures.Count == 0, $"{failures.Count} of {count} valid cases failed through 'config decode':\n" + string.Join("\n", failures));
        Assert.Equal(210, count);
    }

    [TomlTestSuiteFact]
    public async Task Config_decode_rejects_every_invalid_case_of_the_official_suite_with_a_position()
    {
        var (count, failures) = await DecodeInvalidAsync(Path.Combine(TestPaths.TomlTestSuite, "invalid"));

        Assert.True(failures.Count == 0, $"{failures.Count} of {count} invalid cases were not rejected properly by 'config decode':\n" + string.Join("\n", failures));
        Assert.Equal(499, count);
    }

    [Fact]
    public async Task Config_decode_passes_the_projects_own_cases()
    {
        var (validCount, validFailures) = await DecodeValidAsync(Path.Combine(OwnCases, "valid"));
        var (invalidCount, invalidFailures) = await DecodeInvalidAsync(Path.Combine(OwnCases, "invalid"));

        Assert.True(validFailures.Count + invalidFailures.Count == 0, string.Join("\n", validFailures.Concat(invalidFailures)));
        Assert.True(validCount >= 15 && invalidCount >= 15, $"expected the project's own cases, found {validCount} valid and {invalidCount} invalid");
    }

    private static async Task<(int Count, List<string> Failures)> DecodeValidAsync(string dir)
    {
        var failures = new List<string>();
        var files = Cases(dir);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(dir, file);
            var (exit, output, error) = await DecodeAsync(file);
            if (exit != ConfigVerb.Ok)
            {
                failures.Add($"{name}: exit {exit}: {error.Trim()}");
                continue;
            }
            using var actual = JsonDocument.Parse(output);
            using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(file, ".json")));
            if (TaggedJsonComparer.Difference(expected.RootElement, actual.RootElement) is { } difference)
            {
                failures.Add($"{name}: {difference}");
            }
        }
        return (files.Count, failures);
    }

    private static async Task<(int Count, List<string> Failures)> DecodeInvalidAsync(string dir)
    {
        var failures = new List<string>();
        var files = Cases(dir);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(dir, file);
            var (exit, output, error) = await DecodeAsync(file);
            if (exit == ConfigVerb.Ok || output.Length > 0 || !StdinPosition().IsMatch(error))
            {
                failures.Add($"{name}: exit {exit}, stdout '{output.Trim()}', stderr '{error.Trim()}'");
            }
        }
        return (files.Count, failures);
    }

    private static List<string> Cases(string dir) =>
        [.. Directory.GetFiles(dir, "*.toml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static async Task<(int Exit, string Output, string Error)> DecodeAsync(string file)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = ConfigVerb.Create(Vocabulary, (string?)null, () => File.OpenRead(file));
        var exit = await command.Parse("decode").InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"^<stdin>:[1-9][0-9]*:[1-9][0-9]*: \S")]
    private static partial Regex StdinPosition();
}
