using CrmTui.Tui.Presentation;

namespace CrmTui.Tui.Tests.Views;

public sealed class FenceHistoryRowsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 27, 0, TimeSpan.Zero);

    private static List<string> Lines(int level) =>
        [.. FenceHistoryRows.For(Fixtures.Load("lab-after-node-loss"), level, Now).Select(r => r.Row.Cells[^1].Text)];

    [Fact]
    public void Level_0_shows_nothing()
    {
        Assert.Empty(Lines(0));
    }

    [Fact]
    public void Level_1_shows_only_the_failed_and_pending_actions()
    {
        Assert.Equal(
            ["Failed and Pending Fencing Actions", "off of node2 failed: delegate=node1, client=stonith_admin.15195, origin=node1, last-failed='2026-11-22 03:25:45Z'"],
            Lines(1));
    }

    [Fact]
    public void Level_2_adds_the_successful_ones()
    {
        var lines = Lines(2);

        Assert.Equal("Fencing History", lines[0]);
        Assert.Equal("reboot of node3 successful: delegate=node1, client=pacemaker-controld.12780, origin=node1, last-successful='2026-11-22 03:26:17Z'", lines[1]);
        Assert.Equal(4, lines.Count);
    }

    [Fact]
    public void Level_3_lists_every_event_with_its_completed_time()
    {
        var lines = Lines(3);

        Assert.Equal(4, lines.Count);
        Assert.All(lines.Skip(1), l => Assert.Contains("completed='", l));
    }

    [Fact]
    public void The_m_key_cycles_the_level_in_the_failures_view()
    {
        var h = ViewGoldenTests.Start(160, 48, Fixtures.Load("lab-after-node-loss")).Press("3");
        Assert.DoesNotContain("reboot of node3", h.ScreenText());

        h.Press("m");

        Assert.Contains("reboot of node3 successful", h.ScreenText());
        h.Press("m", "m");
        Assert.Equal(0, h.State.FenceHistoryLevel);
        Assert.DoesNotContain("Fencing", h.ScreenText(), StringComparison.Ordinal);
    }
}
