using CrmTui.Commands.Tests.Support;
using CrmTui.Transport;

namespace CrmTui.Commands.Tests.Actions;

public sealed class CommandsDocTests
{
    [Fact]
    public void Docs_commands_md_lists_every_action_with_its_exact_argv_and_danger()
    {
        // Given the reference table in docs/commands.md
        var doc = File.ReadAllLines(Path.Combine(RepoRoot.Find(), "docs", "commands.md")).ToHashSet();

        // Then every action kind has its row, exactly as the code describes it today
        var missing = ActionCatalog.Every("n1", "vip", "ticketA")
            .Select(a => $"| `{a.Key}` | {a.Description} | `{PosixArgvFormat.Format(a.BuildCommand())}` | {a.Danger} |")
            .Where(row => !doc.Contains(row))
            .ToList();
        Assert.True(missing.Count == 0, "docs/commands.md is stale; these rows are missing or differ:\n" + string.Join('\n', missing));
    }
}
