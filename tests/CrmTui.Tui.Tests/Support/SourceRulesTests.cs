using System.Text.RegularExpressions;

namespace CrmTui.Tui.Tests.Support;

public sealed class SourceRulesTests
{
    [Fact]
    public void Only_the_terminal_folder_touches_the_console()
    {
        // STYLE rule 1: views never touch the console; AnsiTerminal is the one writer.
        var src = Path.Combine(RepoPaths.Root(), "src", "CrmTui.Tui");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Terminal{Path.DirectorySeparatorChar}"))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"\b(Ansi)?Console\.(Write|Read|Out|In|Error|Open|Cancel|Key|Window|Clear|Set)"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Nothing_under_the_tui_blocks_on_a_task()
    {
        var src = Path.Combine(RepoPaths.Root(), "src", "CrmTui.Tui");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"\.Result\b|\.Wait\(\)|GetAwaiter\(\)\.GetResult\(\)|Thread\.Sleep"))
            .ToList();

        Assert.Empty(offenders);
    }
}
