using CrmTui.Tui.App;
using CrmTui.Tui.Input;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

public sealed class NavigationScenarioTests
{
    [Fact]
    public void J_and_k_and_arrows_move_the_selection_and_remember_the_row_id()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("j", "j");
        Assert.Equal("alpha-03", h.State.Position.SelectedId);

        h.Press("up");
        Assert.Equal("alpha-02", h.State.Position.SelectedId);

        h.Press("j", "j", "j", "j");
        Assert.Equal(2, h.State.Position.Selected);
    }

    [Fact]
    public void Home_end_and_g_jump_to_the_first_and_last_row()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("G");
        Assert.Equal("alpha-03", h.State.Position.SelectedId);
        h.Press("home");
        Assert.Equal("alpha-01", h.State.Position.SelectedId);
    }

    [Fact]
    public void Tab_and_shift_tab_cycle_through_the_views_and_numbers_jump()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("tab");
        Assert.Equal(ViewKind.Resources, h.State.View);
        h.Press("shift+tab", "shift+tab");
        Assert.Equal(ViewKind.CommandLog, h.State.View);
        h.Press("1");
        Assert.Equal(ViewKind.Nodes, h.State.View);
    }

    [Fact]
    public void Command_mode_switches_views_by_name_or_unique_prefix()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press(":").Type("log").Press("enter");
        Assert.Equal(ViewKind.CommandLog, h.State.View);

        h.Press(":").Type("no").Press("enter");
        Assert.Equal(ViewKind.Nodes, h.State.View);
        Assert.Null(h.State.Prompt);
    }

    [Fact]
    public void An_unknown_command_is_reported_and_changes_nothing()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press(":").Type("bogus").Press("enter");

        Assert.Equal(ViewKind.Nodes, h.State.View);
        Assert.Contains("unknown command :bogus", h.State.Status?.Text);
    }

    [Fact]
    public void The_filter_applies_while_typing_and_esc_clears_it()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("/").Type("0[23]");
        Assert.Equal(["alpha-02", "alpha-03"], ViewTables.Rows(h.State, h.Context, ViewKind.Nodes).Select(r => r.Id));

        h.Press("enter");
        Assert.Null(h.State.Prompt);
        Assert.Equal("0[23]", h.State.Filter);

        h.Press("esc");
        Assert.Equal("", h.State.Filter);
        Assert.Equal(3, ViewTables.Rows(h.State, h.Context, ViewKind.Nodes).Length);
    }

    [Fact]
    public void A_leading_bang_inverts_the_filter()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("/").Type("!standby").Press("enter");

        Assert.Equal(["alpha-01", "alpha-02"], ViewTables.Rows(h.State, h.Context, ViewKind.Nodes).Select(r => r.Id));
    }

    [Fact]
    public void A_bad_regex_is_reported_in_the_prompt_and_the_last_good_filter_stays()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("/").Type("alpha-0(");

        Assert.NotNull(h.State.FilterError);
        Assert.Equal("alpha-0", h.State.Filter);
        Assert.Contains("bad regex", h.ScreenText());
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
    [InlineData("b", UiCommand.ToggleBrief)]
    [InlineData("J", UiCommand.TogglePending)]
    public void Each_toggle_turns_on_and_off_and_says_so(string key, UiCommand toggle)
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        var wasOn = h.State.IsOn(toggle);

        h.Press(key);
        Assert.Equal(!wasOn, h.State.IsOn(toggle));
        Assert.EndsWith(wasOn ? ": off" : ": on", h.State.Status?.Text);

        h.Press(key);
        Assert.Equal(wasOn, h.State.IsOn(toggle));
    }

    [Fact]
    public void D_hides_and_shows_the_summary_header()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());
        Assert.Contains("Quorum", h.ScreenText());

        h.Press("D");

        Assert.DoesNotContain("Quorum", h.ScreenText());
    }

    [Fact]
    public void M_cycles_the_fencing_history_level_through_0_to_3()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("m", "m", "m");

        Assert.Equal(0, h.State.FenceHistoryLevel);
    }

    [Fact]
    public void The_help_overlay_opens_with_question_mark_scrolls_and_closes_with_esc()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("f", "?");
        Assert.True(h.State.HelpVisible);
        h.Press("j");
        Assert.Equal(1, h.State.HelpScroll);
        Assert.Equal(0, h.State.Position.Selected);
        h.Press("esc");
        Assert.False(h.State.HelpVisible);
    }

    [Fact]
    public void Q_and_ctrl_c_quit()
    {
        Assert.True(TuiHarness.Start().Press("q").State.QuitRequested);
        Assert.True(TuiHarness.Start().Press("ctrl+c").State.QuitRequested);
    }

    [Fact]
    public void Ctrl_l_repaints_the_whole_screen_and_a_key_press_is_one_write()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());
        h.Terminal.ClearOutput();

        h.Press("j");
        Assert.Single(h.Terminal.Writes);
        Assert.DoesNotContain("\e[2J", h.Terminal.Output);

        h.Press("ctrl+l");
        Assert.Contains("\e[2J", h.Terminal.Writes[^1]);
    }

    [Fact]
    public void A_resize_changes_the_layout_and_clears_once()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());
        h.Terminal.ClearOutput();

        h.Resize(120, 40);

        Assert.Equal(120, h.State.Size.Width);
        Assert.Single(h.Terminal.Writes);
        Assert.Contains("\e[2J", h.Terminal.Output);
    }

    [Fact]
    public void Enter_opens_the_node_detail_which_follows_the_selection_until_esc()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("enter");
        Assert.True(h.State.DetailOpen);
        Assert.Contains("Node alpha-01", h.ScreenText());

        h.Press("j");
        Assert.Contains("Node alpha-02", h.ScreenText());

        h.Press("esc");
        Assert.False(h.State.DetailOpen);
        Assert.DoesNotContain("Node alpha-02", h.ScreenText());
    }

    [Fact]
    public void Switching_view_closes_the_detail()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("enter", "2", "1");

        Assert.False(h.State.DetailOpen);
    }
}
