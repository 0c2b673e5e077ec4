using System.Text.RegularExpressions;
using CrmTui.Cli.Tests.Architecture;
using CrmTui.Demo;
using CrmTui.Transport;

namespace CrmTui.Cli.Tests.Readme;

/// <summary>Every command in README.md works as written, as far as it can be checked without a
/// cluster: crmtui lines (the dashboard's options and every verb) parse against the real CLI root, install.sh lines use options it has,
/// the test command is what CI runs, links lead somewhere, the tour's keys exist.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Every_crmtui_command_in_the_README_parses_against_the_real_CLI()
    {
        var commands = ReadmeText.Commands().Where(c => c.StartsWith("crmtui ", StringComparison.Ordinal)).ToList();

        Assert.Contains("crmtui demo", commands);
        foreach (var command in commands)
        {
            var words = ReadmeText.Words(command)[1..];
            var result = CliApp.BuildRoot().Parse(words);
            Assert.True(result.Errors.Count == 0, $"README: `{command}`: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public async Task Every_install_sh_command_in_the_README_uses_options_install_sh_has()
    {
        var help = await new LocalProcessRunner().RunAsync(CommandLine.Of("bash", Path.Combine(RepoRoot.Path, "install.sh"), "--help"));
        var options = Regex.Matches(help.Stdout, @"^\s+(?:-\w, )?(?<option>--[a-z-]+)", RegexOptions.Multiline).Select(m => m.Groups["option"].Value).ToHashSet();
        var commands = ReadmeText.Commands().Where(c => c.StartsWith("./install.sh", StringComparison.Ordinal)).ToList();

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("./install.sh", commands);
        foreach (var command in commands)
            foreach (var word in ReadmeText.Words(command).Skip(1))
                Assert.True(!word.StartsWith('-') || options.Contains(word), $"README: `{command}`: install.sh has no {word} (it has {string.Join(", ", options)})");
    }

    [Fact]
    public void The_two_commands_are_there_and_the_test_command_is_exactly_what_ci_runs()
    {
        var ciCommand = File.ReadAllLines(Path.Combine(RepoRoot.Path, ".ci", "run"))
            .Select(line => line.Trim()).Last(line => line.Length > 0 && !line.StartsWith('#'));
        var readmeTests = ReadmeText.Commands().Where(c => c.StartsWith("dotnet test", StringComparison.Ordinal)).ToList();

        Assert.Contains(ReadmeText.Blocks("sh"), block => block.Trim() == "./install.sh && crmtui demo");
        Assert.Equal(new[] { ciCommand }, readmeTests);
    }

    [Fact]
    public void Every_link_in_the_README_leads_to_a_file_and_every_doc_is_linked()
    {
        var local = ReadmeText.LinkTargets().Where(t => !t.Contains("://", StringComparison.Ordinal)).Select(t => t.Split('#')[0]).ToList();
        var docs = Directory.GetFiles(Path.Combine(RepoRoot.Path, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f));

        foreach (var target in local)
            Assert.True(File.Exists(Path.Combine(RepoRoot.Path, target)), $"README links to {target}, which does not exist");
        foreach (var doc in docs)
            Assert.Contains(doc, local);
    }

    [Fact]
    public void Every_key_of_the_tour_is_a_key_of_the_dashboard()
    {
        // docs/keys.md is generated from the default key map (and a Tui test keeps it so).
        var keysDoc = File.ReadAllLines(Path.Combine(RepoRoot.Path, "docs", "keys.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => Regex.Matches(line.Split('|')[1], "`([^`]+)`").Select(m => m.Groups[1].Value))
            .ToHashSet();
        var tour = ReadmeText.Text[ReadmeText.Text.IndexOf("## A five-minute tour", StringComparison.Ordinal)..];
        var tourKeys = tour[..tour.IndexOf("\n## ", StringComparison.Ordinal)].Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => Regex.Matches(line.Split('|')[1], "`([^`]+)`").Select(m => m.Groups[1].Value))
            .ToList();

        Assert.NotEmpty(tourKeys);
        foreach (var key in tourKeys)
            Assert.True(keysDoc.Contains(key), $"the README's tour names key `{key}`, which docs/keys.md does not have");
    }

    [Fact]
    public void The_picture_is_a_capture_of_the_demo_dashboard_at_100_columns()
    {
        var picture = Assert.Single(ReadmeText.Blocks("text"), b => b.StartsWith("crmtui · demo", StringComparison.Ordinal));
        var lines = picture.TrimEnd('\n').Split('\n');

        Assert.All(lines, line => Assert.True(line.Length <= 100, $"wider than 100 columns: {line}"));
        // The header (up to four lines at 100 columns) names the source of the data.
        Assert.Contains(lines.Take(4), line => line.Contains("Data: demo (simulated by crm_simulate)", StringComparison.Ordinal));
        foreach (var node in DemoTopology.AllNodes)
            Assert.Contains(node, picture, StringComparison.Ordinal);
    }
}
