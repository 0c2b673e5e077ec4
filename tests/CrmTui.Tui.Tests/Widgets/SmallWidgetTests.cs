using CrmTui.Commands;
using CrmTui.Transport;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Tests.Widgets;

public sealed class SmallWidgetTests
{
    [Fact]
    public void The_status_message_wins_over_hints_when_the_line_is_short()
    {
        var buffer = new ScreenBuffer(40, 1);

        StatusBar.Render(buffer.Canvas, SampleData.NodeHints(false), new TextSpan("cleanup of web-vip done", StyleRole.Success), Glyphs.Unicode);

        var row = BufferText.Row(buffer, 0);
        Assert.EndsWith("cleanup of web-vip done ", row);
        Assert.StartsWith(" s standby", row);
        Assert.DoesNotContain("quit", row);
    }

    [Fact]
    public void Disabled_hints_stay_visible_in_the_disabled_role()
    {
        var buffer = new ScreenBuffer(80, 1);

        StatusBar.Render(buffer.Canvas, [new KeyHint("s", "standby", Disabled: true)], null, Glyphs.Unicode);

        Assert.Equal(StyleRole.Disabled, buffer[1, 0].Role);
        Assert.Contains("standby", BufferText.Row(buffer, 0));
    }

    [Fact]
    public void A_typed_confirmation_is_only_confirmable_with_the_exact_text()
    {
        var dialog = SampleData.Fence("alpha-0");

        Assert.False(dialog.CanConfirm);
        Assert.False((dialog with { Typed = PromptState.Start("> ", "ALPHA-03") }).CanConfirm);
        Assert.True((dialog with { Typed = PromptState.Start("> ", "alpha-03") }).CanConfirm);
        Assert.True(SampleData.Standby().CanConfirm);
    }

    [Fact]
    public void The_dialog_shows_hostile_argv_words_quoted_on_one_line_not_interpreted()
    {
        var buffer = new ScreenBuffer(100, 30);
        var model = new ConfirmDialogModel("Clean up", "Clean up failures", [CommandLine.Of("crm_resource", "--cleanup", "--resource", "web [x] $(id)\nnext")], Danger.Safe);

        ConfirmDialog.Render(buffer.Canvas, model, Glyphs.Unicode, CrmTui.Tui.Input.KeyMap.Default);

        var text = BufferText.All(buffer);
        Assert.Contains("$ crm_resource --cleanup --resource $'web [x] $(id)\\nnext'", text);
    }

    [Theory]
    [InlineData("short", 10, new[] { "short" })]
    [InlineData("one two three", 7, new[] { "one two", "three" })]
    [InlineData("abcdefghij", 4, new[] { "abcd", "efgh", "ij" })]
    [InlineData("a\nb", 10, new[] { "a", "b" })]
    public void Text_wraps_at_spaces_and_hard_breaks_long_words(string text, int width, string[] expected) =>
        Assert.Equal(expected, TextWrap.Lines(text, width));

    [Fact]
    public void The_header_wraps_fields_onto_more_lines_when_narrow()
    {
        var header = SampleData.Header();

        Assert.True(HeaderWidget.Height(header, 80) > HeaderWidget.Height(header, 160));
        Assert.Equal(1, HeaderWidget.Height(header with { Fields = [] }, 80));
    }
}
