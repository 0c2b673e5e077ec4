using CrmTui.Tui.Input;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.Input;

public sealed class KeysDocumentTests
{
    [Fact]
    public void Docs_keys_md_matches_the_key_table()
    {
        // Given the committed document and the one generated from the table
        var path = Path.Combine(RepoPaths.Root(), "docs", "keys.md");
        var generated = KeyMapDocument.Render(KeyMap.Default);
        if (RepoPaths.UpdateRequested)
        {
            File.WriteAllText(path, generated);
        }

        // Then they are the same
        Assert.True(File.Exists(path), $"{path} is missing; run UPDATE_SNAPSHOTS=1 dotnet test tests/CrmTui.Tui.Tests");
        Assert.True(File.ReadAllText(path) == generated,
            "docs/keys.md is stale: the key table changed. Regenerate with UPDATE_SNAPSHOTS=1 dotnet test tests/CrmTui.Tui.Tests");
    }

    [Fact]
    public void The_document_lists_every_command_by_its_config_name()
    {
        var doc = KeyMapDocument.Render(KeyMap.Default);

        foreach (var command in UiCommands.All)
        {
            Assert.Contains($"`{UiCommands.Name(command)}`", doc);
        }
    }
}
