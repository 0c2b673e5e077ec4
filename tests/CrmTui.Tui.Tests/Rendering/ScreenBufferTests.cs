using CrmTui.Tui.Rendering;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.Rendering;

public sealed class ScreenBufferTests
{
    [Fact]
    public void Text_is_clipped_at_the_right_edge_of_the_buffer()
    {
        var buffer = new ScreenBuffer(8, 2);

        var written = buffer.Write(5, 0, "standby", StyleRole.NodeStandby, buffer.Bounds);

        Assert.Equal(3, written);
        Assert.Equal("     sta", BufferText.Row(buffer, 0));
        Assert.Equal(StyleRole.NodeStandby, buffer[7, 0].Role);
    }

    [Fact]
    public void Writes_outside_the_buffer_are_ignored_instead_of_throwing()
    {
        var buffer = new ScreenBuffer(4, 2);

        buffer.Write(-3, 5, "x", StyleRole.Text, buffer.Bounds);
        buffer.Write(10, 0, "x", StyleRole.Text, buffer.Bounds);
        buffer.Fill(new Rect(-5, -5, 100, 100), StyleRole.Dim, ".");

        Assert.Equal("....", BufferText.Row(buffer, 1));
    }

    [Fact]
    public void A_wide_character_takes_two_cells_with_a_continuation()
    {
        var buffer = new ScreenBuffer(6, 1);

        var written = buffer.Write(0, 0, "节点a", StyleRole.Text, buffer.Bounds);

        Assert.Equal(5, written);
        Assert.Equal("节", buffer[0, 0].Glyph);
        Assert.True(buffer[1, 0].IsContinuation);
        Assert.Equal("点", buffer[2, 0].Glyph);
        Assert.Equal("a", buffer[4, 0].Glyph);
    }

    [Fact]
    public void A_wide_character_that_does_not_fit_the_clip_becomes_a_blank()
    {
        var buffer = new ScreenBuffer(6, 1);

        buffer.Write(0, 0, "ab节", StyleRole.Text, new Rect(0, 0, 3, 1));

        Assert.Equal("ab    ", BufferText.Row(buffer, 0));
        Assert.False(buffer[3, 0].IsContinuation);
    }

    [Fact]
    public void Overwriting_half_of_a_wide_character_blanks_the_other_half()
    {
        var buffer = new ScreenBuffer(4, 1);
        buffer.Write(0, 0, "节", StyleRole.Text, buffer.Bounds);

        buffer.Write(1, 0, "x", StyleRole.Text, buffer.Bounds);

        Assert.Equal(" x  ", BufferText.Row(buffer, 0));
    }

    [Fact]
    public void Control_characters_in_cluster_strings_become_spaces()
    {
        var buffer = new ScreenBuffer(8, 1);

        buffer.Write(0, 0, "a\e[2Jb\n", StyleRole.Text, buffer.Bounds);

        Assert.Equal("a [2Jb  ", BufferText.Row(buffer, 0));
    }

    [Fact]
    public void A_canvas_writes_in_local_coordinates_and_stays_inside_its_region()
    {
        var buffer = new ScreenBuffer(10, 3);
        var canvas = buffer.Region(new Rect(2, 1, 4, 1));

        canvas.Write(1, 0, "abcdef", StyleRole.Header);
        canvas.Write(0, 1, "below", StyleRole.Header);

        Assert.Equal("   abc    ", BufferText.Row(buffer, 1));
        Assert.Equal("          ", BufferText.Row(buffer, 2));
    }
}
