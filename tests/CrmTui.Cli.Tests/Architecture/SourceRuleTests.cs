using System.Text.RegularExpressions;

namespace CrmTui.Cli.Tests.Architecture;

/// <summary>
/// Rules the compiler cannot see, checked on the source text: who may touch the console, and that
/// the dashboard never starts a process or opens a socket itself.
/// </summary>
public sealed partial class SourceRuleTests
{
    [Fact]
    public void Only_the_terminal_layer_and_the_cli_touch_the_console()
    {
        // Given every C# file under src/
        var offenders = SourceFiles()
            .Where(f => !f.Rel.StartsWith("CrmTui.Tui/Terminal/", StringComparison.Ordinal)
                        && !f.Rel.StartsWith("CrmTui.Cli/", StringComparison.Ordinal))
            // When we look for Console or AnsiConsole use outside comments
            .Where(f => ConsoleUse().IsMatch(StripComments(f.Text)))
            .Select(f => f.Rel)
            .ToArray();

        // Then there is none
        Assert.True(offenders.Length == 0, "Console used in: " + string.Join(", ", offenders));
    }

    [Theory]
    [InlineData("Console.WriteLine(x);", true)]
    [InlineData("System.Console.Out.Flush();", true)]
    [InlineData("AnsiConsole.Write(table);", true)]
    [InlineData("var c = AnsiConsole.Console;", true)]
    [InlineData("using Spectre.Console.Rendering;", false)]
    [InlineData("var c = AnsiConsole.Create(settings);", false)]
    [InlineData("IAnsiConsole console = Make();", false)]
    public void The_console_rule_tells_a_use_from_a_namespace(string line, bool isUse)
    {
        Assert.Equal(isUse, ConsoleUse().IsMatch(line));
    }

    [Fact]
    public void The_dashboard_never_starts_a_process_or_opens_a_socket()
    {
        var offenders = SourceFiles()
            .Where(f => f.Rel.StartsWith("CrmTui.Tui/", StringComparison.Ordinal))
            .Where(f => ProcessOrSocket().IsMatch(StripComments(f.Text)))
            .Select(f => f.Rel)
            .ToArray();

        Assert.True(offenders.Length == 0, "process or socket use in the TUI: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Commands_are_argv_arrays_never_shell_strings()
    {
        // ProcessStartInfo.Arguments (a single string parsed by the runtime) is banned everywhere.
        var offenders = SourceFiles()
            .Where(f => ShellString().IsMatch(StripComments(f.Text)))
            .Select(f => f.Rel)
            .ToArray();

        Assert.True(offenders.Length == 0, "ProcessStartInfo.Arguments used in: " + string.Join(", ", offenders));
    }

    private static IEnumerable<(string Rel, string Text)> SourceFiles()
    {
        var src = Path.Combine(RepoRoot.Path, "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(src, p).Replace('\\', '/'), File.ReadAllText(p)));
    }

    private static string StripComments(string text) => Comments().Replace(text, "");

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    // System.Console members, or AnsiConsole's static members other than Create (which builds a
    // console over a writer we choose, as the headless renderer does). "Spectre.Console." in a
    // namespace is not a use: the lookbehind refuses a preceding dot or identifier character.
    [GeneratedRegex(@"(?<![\w.])(System\.)?Console\s*\.|(?<![\w.])AnsiConsole\s*\.(?!\s*Create\b)")]
    private static partial Regex ConsoleUse();

    [GeneratedRegex(@"\b(Process\.Start|ProcessStartInfo|new\s+Process\s*\(|Socket|TcpClient|HttpClient)\b")]
    private static partial Regex ProcessOrSocket();

    [GeneratedRegex(@"\.Arguments\s*=")]
    private static partial Regex ShellString();
}
