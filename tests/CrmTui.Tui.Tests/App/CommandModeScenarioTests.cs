using CrmTui.Tui.App;
using CrmTui.Tui.Input;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

public sealed class CommandModeScenarioTests
{
    [Theory]
    [InlineData("tickets", UiCommand.ToggleTickets)]
    [InlineData("fail_counts", UiCommand.ToggleFailCounts)]
    [InlineData("inactive", UiCommand.ToggleInactive)]
    [InlineData("toggle.bans", UiCommand.ToggleBans)]
    [InlineData("brie", UiCommand.ToggleBrief)]
    public void A_toggle_can_be_named_in_command_mode(string name, UiCommand toggle)
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press(":").Type(name).Press("enter");

        Assert.True(h.State.IsOn(toggle));
    }

    [Fact]
    public void Pause_and_follow_by_name()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press(":").Type("pause").Press("enter", ":").Type("follow").Press("enter");

        Assert.True(h.State.Paused);
        Assert.True(h.State.Follow);
    }

    [Fact]
    public void Q_in_command_mode_quits()
    {
        Assert.True(TuiHarness.Start().Press(":", "q", "enter").State.QuitRequested);
    }

    [Fact]
    public void Tab_completes_a_unique_prefix()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press(":").Type("ina").Press("tab");

        Assert.Equal("inactive", h.State.Prompt?.Text);
        h.Press("enter");
        Assert.True(h.State.IsOn(UiCommand.ToggleInactive));
    }

    [Fact]
    public void Tab_on_an_ambiguous_prefix_extends_it_and_lists_the_matches()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press(":").Type("fa").Press("tab");

        Assert.Equal("fail", h.State.Prompt?.Text);
        Assert.Equal(":failures :fail_counts", h.State.PromptNote);
        Assert.Contains(":failures :fail_counts", h.ScreenText());
    }

    [Fact]
    public void An_ambiguous_command_lists_the_matches_and_changes_nothing()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press(":").Type("f").Press("enter");

        Assert.Equal(ViewKind.Nodes, h.State.View);
        Assert.StartsWith("ambiguous :f (", h.State.Status?.Text);
    }

    [Fact]
    public void An_action_named_in_command_mode_meets_the_same_read_only_gate()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes(), readOnlyReason: "ACL role read-only");

        h.Press(":").Type("node.standby").Press("enter");

        Assert.Null(h.State.Dialog);
        Assert.Contains("read-only", h.State.Status?.Text);
        Assert.Empty(h.Runner.Calls);
    }
}
