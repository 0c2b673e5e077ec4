using CrmTui.Tui.Rendering;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Tui.Tests.Rendering;

public sealed class ScreenRendererTests
{
    private static (FakeTerminal Terminal, ScreenRenderer Renderer, ScreenBuffer Back) Setup(int w = 80, int h = 24)
    {
        var terminal = new FakeTerminal(w, h);
        var renderer = new ScreenRenderer(terminal, Theme.Default, new SgrCache(ColorSystem.TrueColor));
        return (terminal, renderer, new ScreenBuffer(w, h));
    }

    private static void FillWithText(ScreenBuffer back)
    {
        for (var y = 0; y < back.Height; y++)
        {
            back.Write(0, y, string.Concat(Enumerable.Repeat($"row{y:00} resource-{y} Started ", 5)), StyleRole.ResourceStarted, back.Bounds);
        }
    }

    [Fact]
    public void The_first_frame_clears_and_paints_everything_in_one_write()
    {
        var (terminal, renderer, back) = Setup();
        FillWithText(back);

        renderer.Flush(back);

        Assert.Single(terminal.Writes);
        Assert.Contains("\e[2J", terminal.Output);
        Assert.True(terminal.BytesWritten > 80 * 24);
    }

    [Fact]
    public void An_unchanged_frame_writes_nothing()
    {
        var (terminal, renderer, back) = Setup();
        FillWithText(back);
        renderer.Flush(back);
        terminal.ClearOutput();

        renderer.Flush(back);

        Assert.Empty(terminal.Writes);
        Assert.Equal(0, renderer.LastFrameBytes);
    }

    [Fact]
    public void A_one_cell_change_writes_a_few_dozen_bytes_not_the_screen()
    {
        // Given a full screen already on the terminal
        var (terminal, renderer, back) = Setup();
        FillWithText(back);
        renderer.Flush(back);
        var fullFrame = terminal.BytesWritten;
        terminal.ClearOutput();

        // When one cell changes
        back.Write(40, 12, "X", StyleRole.ResourceFailed, back.Bounds);
        renderer.Flush(back);

        // Then only that cell goes out: sync wrapper, one cursor move, one SGR, one glyph
        Assert.Single(terminal.Writes);
        Assert.InRange(terminal.BytesWritten, 1, 64);
        Assert.Contains("\e[13;41H", terminal.Output);
        Assert.True(terminal.BytesWritten * 50 < fullFrame);
    }

    [Fact]
    public void No_clear_is_sent_for_an_ordinary_frame()
    {
        var (terminal, renderer, back) = Setup();
        renderer.Flush(back);
        terminal.ClearOutput();

        back.Write(0, 0, "changed", StyleRole.Changed, back.Bounds);
        renderer.Flush(back);

        Assert.DoesNotContain("\e[2J", terminal.Output);
    }

    [Fact]
    public void Invalidate_and_resize_force_a_full_clear()
    {
        var (terminal, renderer, back) = Setup(10, 3);
        renderer.Flush(back);
        terminal.ClearOutput();

        renderer.Invalidate();
        renderer.Flush(back);
        Assert.Contains("\e[2J", terminal.Output);
        terminal.ClearOutput();

        renderer.Flush(new ScreenBuffer(12, 4));
        Assert.Contains("\e[2J", terminal.Output);
    }

    [Fact]
    public void Frames_are_wrapped_in_synchronized_update_when_enabled()
    {
        var (terminal, renderer, back) = Setup(10, 2);

        renderer.Flush(back);

        Assert.StartsWith("\e[?2026h", terminal.Output);
        Assert.EndsWith("\e[?2026l", terminal.Output);
    }

    [Fact]
    public void Replaying_diff_frames_reproduces_the_buffer_including_wide_characters()
    {
        // Given a terminal emulator fed with every frame
        var (terminal, renderer, back) = Setup(30, 6);
        var screen = new VirtualScreen(30, 6);
        var random = new Random(42);
        string[] words = ["n1", "节点", "Started", "FAILED", "ok", "资源组", "x"];

        for (var frame = 0; frame < 200; frame++)
        {
            // When random words land anywhere, overlapping wide characters
            var word = words[random.Next(words.Length)];
            back.Write(random.Next(-2, 30), random.Next(6), word, (StyleRole)random.Next(StyleRoles.All.Length), back.Bounds);
            renderer.Flush(back);
            screen.Apply(terminal.Output);
            terminal.ClearOutput();

            // Then the emulated screen shows exactly the buffer
            for (var y = 0; y < 6; y++)
            {
                Assert.Equal(BufferText.Row(back, y), screen.RowText(y));
            }
        }
    }

    [Fact]
    public void A_run_of_one_role_sets_its_style_once()
    {
        var (terminal, renderer, back) = Setup(20, 1);
        back.Write(0, 0, "abcdefghij", StyleRole.NodeOnline, back.Bounds);

        renderer.Flush(back);

        var sgr = new SgrCache(ColorSystem.TrueColor).Prefix(Theme.Default[StyleRole.NodeOnline]);
        Assert.Equal(1, CountOf(terminal.Output, sgr + "abcdefghij"));
    }

    private static int CountOf(string haystack, string needle) =>
        (haystack.Length - haystack.Replace(needle, "").Length) / needle.Length;
}
