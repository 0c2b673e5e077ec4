using System.Collections.Immutable;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Tests.Widgets;

public sealed class TableWidgetTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(9, 0, 0)]
    [InlineData(10, 0, 1)]
    [InlineData(3, 5, 3)]
    [InlineData(99, 0, 90)]
    [InlineData(5, 200, 5)]
    public void The_offset_moves_only_as_far_as_needed_to_show_the_selection(int selected, int offset, int expected) =>
        Assert.Equal(expected, TableWidget.VisibleOffset(selected, offset, visibleRows: 10, rowCount: 100));

    [Fact]
    public void Columns_take_their_content_width_when_there_is_room()
    {
        ImmutableArray<TableColumn> columns = [new("Node"), new("State")];
        var rows = new[] { new TableRow("n", ["alpha-01", "standby"]) };

        var widths = TableLayout.Widths(columns, rows, 80);

        Assert.Equal([8, 7], widths.ToArray());
    }

    [Fact]
    public void When_too_wide_the_widest_column_gives_way_first_but_not_below_its_minimum()
    {
        ImmutableArray<TableColumn> columns = [new("Node", MinWidth: 8), new("Notes", MinWidth: 5)];
        var rows = new[] { new TableRow("n", ["alpha-01", new string('x', 100)]) };

        var widths = TableLayout.Widths(columns, rows, 30);

        Assert.Equal([8, 20], widths.ToArray());
        Assert.Equal([8, 5], TableLayout.Widths(columns, rows, 5).ToArray());
    }

    [Fact]
    public void A_long_cell_ends_in_an_ellipsis_and_the_selected_row_is_highlighted_across_the_width()
    {
        var buffer = new ScreenBuffer(20, 3);
        var model = new TableModel([new TableColumn("Resource", MaxWidth: 10)], [new TableRow("a", ["very-long-resource-name"]), new TableRow("b", ["b"])], Selected: 1);

        TableWidget.Render(buffer.Canvas, model, Glyphs.Unicode);

        Assert.Equal("very-long…", BufferText.Row(buffer, 1).TrimEnd());
        Assert.All(buffer.Row(2).ToArray(), c => Assert.Equal(StyleRole.Selection, c.Role));
    }

    [Fact]
    public void An_empty_table_says_so()
    {
        var buffer = new ScreenBuffer(30, 3);

        TableWidget.Render(buffer.Canvas, new TableModel([new TableColumn("Node")], [], EmptyText: "no failures"), Glyphs.Unicode);

        Assert.Contains("no failures", BufferText.Row(buffer, 1));
    }

    [Fact]
    public void Rendering_into_a_zero_sized_region_does_nothing()
    {
        var buffer = new ScreenBuffer(10, 2);

        var error = Record.Exception(() => TableWidget.Render(buffer.Region(new Rect(0, 0, 0, 0)), SampleData.NodeTable(5, 0), Glyphs.Unicode));

        Assert.Null(error);
    }
}
