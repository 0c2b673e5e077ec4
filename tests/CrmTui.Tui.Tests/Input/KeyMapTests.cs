using CrmTui.Commands;
using CrmTui.Tui.Input;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Tests.Input;

public sealed class KeyMapTests
{
    private static readonly KeyMap Map = KeyMap.Default;

    [Fact]
    public void The_default_table_has_no_collisions() =>
        Assert.Empty(KeyMap.Collisions(Map.Bindings));

    [Fact]
    public void Every_command_is_bound_exactly_once_by_default()
    {
        foreach (var command in UiCommands.All)
        {
            Assert.Single(Map.Bindings, b => b.Command == command);
        }
    }

    [Theory]
    [InlineData("c", UiCommand.ToggleTickets)]
    [InlineData("f", UiCommand.ToggleFailCounts)]
    [InlineData("n", UiCommand.ToggleGroupByNode)]
    [InlineData("o", UiCommand.ToggleOperations)]
    [InlineData("t", UiCommand.ToggleTimings)]
    [InlineData("r", UiCommand.ToggleInactive)]
    [InlineData("R", UiCommand.ToggleDetails)]
    [InlineData("A", UiCommand.ToggleAttributes)]
    [InlineData("L", UiCommand.ToggleBans)]
    [InlineData("D", UiCommand.ToggleHeaders)]
    [InlineData("b", UiCommand.ToggleBrief)]
    [InlineData("m", UiCommand.FenceHistoryLevel)]
    [InlineData("J", UiCommand.TogglePending)]
    public void Crm_mon_toggle_letters_are_kept(string key, UiCommand expected) =>
        Assert.Equal(expected, Map.Resolve(Key.Parse(key)));

    [Theory]
    [InlineData("j", UiCommand.CursorDown)]
    [InlineData("down", UiCommand.CursorDown)]
    [InlineData("k", UiCommand.CursorUp)]
    [InlineData("pgdn", UiCommand.PageDown)]
    [InlineData("home", UiCommand.CursorTop)]
    [InlineData("end", UiCommand.CursorBottom)]
    [InlineData("enter", UiCommand.Select)]
    [InlineData("esc", UiCommand.Back)]
    [InlineData("tab", UiCommand.ViewNext)]
    [InlineData("shift+tab", UiCommand.ViewPrevious)]
    [InlineData("/", UiCommand.Filter)]
    [InlineData(":", UiCommand.CommandMode)]
    [InlineData("Z", UiCommand.Pause)]
    [InlineData("F", UiCommand.Follow)]
    [InlineData("q", UiCommand.Quit)]
    [InlineData("ctrl+c", UiCommand.Quit)]
    [InlineData("ctrl+l", UiCommand.Redraw)]
    [InlineData("?", UiCommand.Help)]
    public void Navigation_follows_k9s_and_htop_conventions(string key, UiCommand expected) =>
        Assert.Equal(expected, Map.Resolve(Key.Parse(key)));

    [Fact]
    public void Fencing_is_destructive_and_on_a_capital_letter()
    {
        var fence = Map.BindingFor(UiCommand.NodeFence)!;

        Assert.Equal(Danger.Destructive, fence.Danger);
        Assert.All(fence.Keys, k => Assert.True(k.Modifiers != KeyModifiers.None || char.IsUpper((char)k.Rune.Value)));
    }

    [Fact]
    public void A_dialog_sees_only_its_own_keys()
    {
        Assert.Equal(UiCommand.Confirm, Map.Resolve(Key.Parse("y"), KeyContexts.Dialog));
        Assert.Equal(UiCommand.Cancel, Map.Resolve(Key.Escape, KeyContexts.Dialog));
        Assert.Null(Map.Resolve(Key.Parse("q"), KeyContexts.Dialog));
        Assert.Equal(UiCommand.Select, Map.Resolve(Key.Enter));
    }

    [Fact]
    public void A_user_binding_replaces_the_default_keys_of_that_command()
    {
        var result = Map.WithOverrides(new Dictionary<string, string> { ["ctrl+f"] = "node.fence" });

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(UiCommand.NodeFence, result.KeyMap.Resolve(Key.Parse("ctrl+f")));
        Assert.Null(result.KeyMap.Resolve(Key.Parse("X")));
    }

    [Fact]
    public void Swapping_two_keys_is_allowed_when_both_commands_are_rebound()
    {
        var result = Map.WithOverrides(new Dictionary<string, string> { ["c"] = "resource.cleanup", ["C"] = "toggle.tickets" });

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(UiCommand.ResourceCleanup, result.KeyMap.Resolve(Key.Parse("c")));
        Assert.Equal(UiCommand.ToggleTickets, result.KeyMap.Resolve(Key.Parse("C")));
    }

    [Fact]
    public void Binding_a_key_that_is_already_taken_is_an_error_not_a_silent_override()
    {
        var result = Map.WithOverrides(new Dictionary<string, string> { ["s"] = "node.fence" });

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains("'s'") && e.Contains("node.standby") && e.Contains("node.fence"));
        Assert.Same(Map, result.KeyMap);
    }

    [Fact]
    public void Unbinding_a_key_frees_it_for_another_command()
    {
        var result = Map.WithOverrides(new Dictionary<string, string> { ["s"] = "none", ["S"] = "node.standby" });

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Null(result.KeyMap.Resolve(Key.Parse("s")));
        Assert.Equal(UiCommand.NodeStandby, result.KeyMap.Resolve(Key.Parse("S")));
    }

    [Fact]
    public void Unknown_keys_and_commands_are_reported()
    {
        var result = Map.WithOverrides(new Dictionary<string, string> { ["hyper+x"] = "quit", ["x"] = "node.explode" });

        Assert.Equal(2, result.Errors.Length);
        Assert.Contains(result.Errors, e => e.Contains("unknown command 'node.explode'"));
        Assert.Contains(result.Errors, e => e.Contains("unknown modifier"));
    }

    [Fact]
    public void Every_command_name_is_dotted_lower_case_and_parses_back()
    {
        foreach (var command in UiCommands.All)
        {
            Assert.Matches("^[a-z_]+(\\.[a-z_]+)?$", UiCommands.Name(command));
            Assert.True(UiCommands.TryParse(UiCommands.Name(command), out var parsed));
            Assert.Equal(command, parsed);
        }
        Assert.Equal(Enum.GetValues<UiCommand>().Length, UiCommands.All.Length);
    }
}
