using System.Text.Json;
using CrmTui.Config.Tests.Support;
using CrmTui.Config.Toml;

namespace CrmTui.Config.Tests.Toml;

/// <summary>
/// The official toml-test suite (TOML 1.0.0 subset) from <c>../shared/toml-test</c>, and the project's own
/// cases in <c>Fixtures/toml</c>, which run even without the shared data.
/// </summary>
public sealed class TomlConformanceTests
{
    private const int OfficialValidCount = 210;
    private const int OfficialInvalidCount = 499;

    [TomlTestSuiteFact]
    public void Every_valid_case_of_the_official_suite_decodes_to_the_expected_json()
    {
        var dir = Path.Combine(TestPaths.TomlTestSuite, "valid");

        var (count, failures) = CheckValid(dir);

        Assert.True(failures.Count == 0, $"{failures.Count} of {count} valid cases failed:\n" + string.Join("\n", failures));
        Assert.Equal(OfficialValidCount, count);
    }

    [TomlTestSuiteFact]
    public void Every_invalid_case_of_the_official_suite_is_rejected_with_a_position()
    {
        var dir = Path.Combine(TestPaths.TomlTestSuite, "invalid");

        var (count, failures) = CheckInvalid(dir);

        Assert.True(failures.Count == 0, $"{failures.Count} of {count} invalid cases were not rejected properly:\n" + string.Join("\n", failures));
        Assert.Equal(OfficialInvalidCount, count);
    }

    [Fact]
    public void The_projects_own_valid_cases_decode_to_the_expected_json()
    {
        var (count, failures) = CheckValid(Path.Combine(TestPaths.Fixtures, "toml", "valid"));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(count >= 15, $"expected the shipped valid cases, found {count}");
    }

    [Fact]
    public void The_projects_own_invalid_cases_are_rejected_with_a_position()
    {
        var (count, failures) = CheckInvalid(Path.Combine(TestPaths.Fixtures, "toml", "invalid"));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(count >= 15, $"expected the shipped invalid cases, found {count}");
    }

    /// <summary>Each own invalid case <c>x.toml</c> has <c>x.error</c>: the expected <c>line:col: reason</c>.</summary>
    [Fact]
    public void The_projects_own_invalid_cases_fail_at_the_expected_line_and_column_with_the_expected_reason()
    {
        // Given
        var dir = Path.Combine(TestPaths.Fixtures, "toml", "invalid");
        var files = Directory.GetFiles(dir, "*.toml").Order(StringComparer.Ordinal).ToList();
        var failures = new List<string>();

        // When
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var expectedFile = Path.ChangeExtension(file, ".error");
            var error = Assert.Throws<TomlSyntaxException>(() => TomlReader.Parse(File.ReadAllBytes(file), name));
            var actual = $"{error.Line}:{error.Column}: {error.Reason}";
            if (!File.Exists(expectedFile))
            {
                failures.Add($"{name}: no {Path.GetFileName(expectedFile)}; the reader says '{actual}'");
            }
            else if (File.ReadAllText(expectedFile).TrimEnd('\n', '\r') is var expected && expected != actual)
            {
                failures.Add($"{name}: expected '{expected}', got '{actual}'");
            }
        }

        // Then
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(files.Count >= 15, $"expected the shipped invalid cases, found {files.Count}");
    }

    private static (int Count, List<string> Failures) CheckValid(string dir)
    {
        var failures = new List<string>();
        var files = Directory.GetFiles(dir, "*.toml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(dir, file);
            try
            {
                var document = TomlReader.Parse(File.ReadAllBytes(file), name);
                using var actual = JsonDocument.Parse(TomlTaggedJson.Encode(document.Root));
                using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(file, ".json")));
                if (TaggedJsonComparer.Difference(expected.RootElement, actual.RootElement) is { } difference)
                {
                    failures.Add($"{name}: {difference}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
            }
        }
        return (files.Count, failures);
    }

    private static (int Count, List<string> Failures) CheckInvalid(string dir)
    {
        var failures = new List<string>();
        var files = Directory.GetFiles(dir, "*.toml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(dir, file);
            try
            {
                TomlReader.Parse(File.ReadAllBytes(file), name);
                failures.Add($"{name}: accepted");
            }
            catch (TomlSyntaxException e) when (e.Line >= 1 && e.Column >= 1 && e.Message.StartsWith(name + ":", StringComparison.Ordinal))
            {
                // Rejected as it should be.
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
            }
        }
        return (files.Count, failures);
    }
}
