using CrmTui.Tui.Rendering;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Tui.Tests.Rendering;

public sealed class SpectreBlitterTests
{
    [Fact]
    public void A_spectre_panel_renders_into_the_given_rectangle_with_its_roles()
    {
        var buffer = new ScreenBuffer(20, 5);
        var panel = new Panel(new Text("n1 online", RoleCodec.Encode(StyleRole.NodeOnline)))
        {
            Border = BoxBorder.Square,
            Expand = true,
            BorderStyle = RoleCodec.Encode(StyleRole.Border),
        };

        SpectreBlitter.Blit(panel, new Rect(2, 1, 15, 3), buffer);

        Assert.Equal("  ┌─────────────┐   ", BufferText.Row(buffer, 1));
        Assert.Equal("  │ n1 online   │   ", BufferText.Row(buffer, 2));
        Assert.Equal(StyleRole.Border, buffer[2, 1].Role);
        Assert.Equal(StyleRole.NodeOnline, buffer[4, 2].Role);
        Assert.Equal(StyleRole.Text, buffer[0, 0].Role);
    }

    [Fact]
    public void Cluster_strings_with_brackets_are_rendered_verbatim()
    {
        var buffer = new ScreenBuffer(12, 1);

        SpectreBlitter.Blit(new Text("vip [ip]"), buffer.Bounds, buffer);

        Assert.Equal("vip [ip]    ", BufferText.Row(buffer, 0));
    }

    [Fact]
    public void Cjk_text_is_measured_as_two_cells_per_character_like_spectre_does()
    {
        var buffer = new ScreenBuffer(10, 1);
        var table = new Table { Border = TableBorder.None, ShowHeaders = false };
        table.AddColumn("a");
        table.AddColumn("b");
        table.AddRow(new Text("节点"), new Text("x"));

        SpectreBlitter.Blit(table, buffer.Bounds, buffer);

        // Then: the two ideographs take four cells, so the next column starts after them
        var row = buffer.Row(0).ToArray();
        var first = Array.FindIndex(row, c => c.Glyph == "节");
        Assert.True(row[first + 1].IsContinuation);
        Assert.Equal("点", row[first + 2].Glyph);
        var x = Array.FindIndex(row, c => c.Glyph == "x");
        Assert.True(x >= first + 4, $"x at {x} overlaps the ideographs at {first}");
    }

    [Fact]
    public void Content_taller_than_the_rectangle_is_cut_off()
    {
        var buffer = new ScreenBuffer(5, 3);

        SpectreBlitter.Blit(new Text("a\nb\nc\nd"), new Rect(0, 0, 5, 2), buffer);

        Assert.Equal("a\nb\n", BufferText.All(buffer));
    }

    [Fact]
    public void Styles_not_made_by_the_role_codec_fall_back_to_the_given_role()
    {
        var buffer = new ScreenBuffer(5, 1);

        SpectreBlitter.Blit(new Text("x", new Style(Color.Red)), buffer.Region(buffer.Bounds), StyleRole.Dim);

        Assert.Equal(StyleRole.Dim, buffer[0, 0].Role);
    }
}
