using System.Text;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Input;

/// <summary>Writes docs/keys.md from a key map (a test keeps the committed file in step with the table).</summary>
public static class KeyMapDocument
{
    public static string Render(KeyMap map)
    {
        var sb = new StringBuilder();
        sb.Append("# Keys\n\n");
        sb.Append("<!-- Generated from src/CrmTui.Tui/Input/DefaultBindings.cs by KeyMapDocument; do not edit.\n");
        sb.Append("     Regenerate: UPDATE_SNAPSHOTS=1 dotnet test tests/CrmTui.Tui.Tests -->\n\n");
        sb.Append("The dashboard's default key table. Rebind keys in the config's `[keys]` table, key name = command name:\n\n");
        sb.Append("```toml\n[keys]\n\"ctrl+f\" = \"node.fence\"   # fence is now ctrl+f (and no longer X)\n\"x\" = \"none\"              # unbind a key\n```\n\n");
        sb.Append("A key bound to two commands is a config error. Key names: a character is itself and case-sensitive ");
        sb.Append("(`s`, `S`, `?`); `space`, `plus`; `enter`, `esc`, `tab`, `backspace`, `up`, `down`, `left`, `right`, ");
        sb.Append("`home`, `end`, `pgup`, `pgdn`, `insert`, `delete`, `f1`…`f12`; modifiers `ctrl+`, `alt+`, `shift+`.\n\n");
        sb.Append("crm_mon's interactive toggle letters are kept, except its `j` (pending actions), which is `J` here: ");
        sb.Append("`j`/`k` move the cursor.\n\n");
        Section(sb, "Navigation and views", map, b => b.Danger is null && !UiCommands.IsToggle(b.Command) && b.Command != UiCommand.FenceHistoryLevel && !UiCommands.IsReplay(b.Command) && b.Context == Input.KeyContexts.Global);
        Section(sb, "Display toggles (crm_mon letters)", map, b => UiCommands.IsToggle(b.Command) || b.Command == UiCommand.FenceHistoryLevel);
        Section(sb, "Replay time cursor (crmtui replay FILE)", map, b => UiCommands.IsReplay(b.Command));
        Section(sb, "Actions on the selection", map, b => b.IsAction);
        Section(sb, "In a confirmation dialog", map, b => b.Context == Input.KeyContexts.Dialog);
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title, KeyMap map, Func<Binding, bool> include)
    {
        sb.Append("## ").Append(title).Append("\n\n");
        var action = title.StartsWith("Actions", StringComparison.Ordinal);
        sb.Append(action ? "| Keys | Command | What it does | Danger |\n|---|---|---|---|\n" : "| Keys | Command | What it does |\n|---|---|---|\n");
        foreach (var b in map.Bindings.Where(include))
        {
            var keys = b.Keys.IsEmpty ? "(unbound)" : string.Join(", ", b.Keys.Select(k => $"`{Escape(k)}`"));
            sb.Append($"| {keys} | `{UiCommands.Name(b.Command)}` | {b.Description} |");
            if (action)
            {
                sb.Append($" {b.Danger} |");
            }
            sb.Append('\n');
        }
        sb.Append('\n');
    }

    // A pipe would end the table cell; keep markdown tables intact.
    private static string Escape(Key key) => key.ToString().Replace("|", "\\|");
}
