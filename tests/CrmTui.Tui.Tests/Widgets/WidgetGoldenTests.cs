using CrmTui.Tui.Input;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Tests.Widgets;

public sealed class WidgetGoldenTests
{
    public static TheoryData<int, int> Sizes => new() { { 80, 24 }, { 160, 48 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Table_with_header_selection_changed_row_and_scroll_position(int w, int h) =>
        SnapshotAssert.Matches(WidgetScene.Dashboard(w, h, selected: 30), $"Widgets/table-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Banners_stack_most_severe_first(int w, int h) =>
        SnapshotAssert.Matches(WidgetScene.Dashboard(w, h,
        [
            new Banner(BannerLevel.Info, "Served by alpha-02: alpha-01 stopped answering at 10:04:55 (ssh: connection timed out)"),
            new Banner(BannerLevel.Critical, "No quorum: this partition has 2 of 5 votes; resources are stopped (no-quorum-policy=stop)"),
            new Banner(BannerLevel.Warning, "Cluster is in maintenance mode: Pacemaker does not start, stop or monitor resources"),
        ]), $"Widgets/banners-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Status_bar_in_read_only_mode_dims_action_keys_and_shows_the_reason(int w, int h) =>
        SnapshotAssert.Matches(WidgetScene.Dashboard(w, h, readOnly: true,
            message: new TextSpan("read-only: user hacluster is in the read-only ACL role", StyleRole.Error)), $"Widgets/status-read-only-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Filter_prompt_replaces_the_status_line(int w, int h) =>
        SnapshotAssert.Matches(WidgetScene.Dashboard(w, h, prompt: PromptState.Start("/", "alpha-0[23]")), $"Widgets/filter-prompt-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Confirm_dialog_shows_description_facts_and_exact_argv(int w, int h)
    {
        var buffer = WidgetScene.Dashboard(w, h);

        ConfirmDialog.Render(buffer.Canvas, SampleData.Standby(), Glyphs.Unicode, KeyMap.Default);

        SnapshotAssert.Matches(buffer, $"Widgets/confirm-dialog-{w}x{h}");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Fence_dialog_needs_the_node_name_typed(int w, int h)
    {
        var buffer = WidgetScene.Dashboard(w, h);

        ConfirmDialog.Render(buffer.Canvas, SampleData.Fence("alpha-0"), Glyphs.Unicode, KeyMap.Default);

        SnapshotAssert.Matches(buffer, $"Widgets/fence-dialog-{w}x{h}");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Help_overlay_marks_toggles_that_are_on(int w, int h)
    {
        var buffer = WidgetScene.Dashboard(w, h);

        HelpOverlay.Render(buffer.Canvas, KeyMap.Default, c => c is UiCommand.ToggleFailCounts or UiCommand.ToggleInactive, 0, Glyphs.Unicode);

        SnapshotAssert.Matches(buffer, $"Widgets/help-{w}x{h}");
    }

    [Fact]
    public void Help_overlay_in_read_only_mode_dims_actions_with_the_reason()
    {
        var buffer = WidgetScene.Dashboard(160, 48);

        HelpOverlay.Render(buffer.Canvas, KeyMap.Default, _ => false, 0, Glyphs.Unicode, "connected as a read-only user");

        SnapshotAssert.Matches(buffer, "Widgets/help-read-only-160x48");
    }

    [Fact]
    public void Widgets_fall_back_to_ascii_glyphs()
    {
        var buffer = WidgetScene.Dashboard(80, 24);

        ConfirmDialog.Render(buffer.Canvas, SampleData.Fence(""), Glyphs.Ascii, KeyMap.Default);

        SnapshotAssert.Matches(buffer, "Widgets/fence-dialog-ascii-80x24");
    }
}
