using CrmTui.Commands.Execution;
using CrmTui.Commands.Watch;
using CrmTui.TestKit.Fakes;
using CrmTui.Tui.App;
using CrmTui.Tui.Fleet;
using CrmTui.Tui.Input;
using CrmTui.Tui.Tests.App;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.Fleet;

public sealed class StaleLimitTests
{
    [Theory]
    [InlineData(30, 75)]
    [InlineData(60, 150)]
    [InlineData(8, 20)]
    [InlineData(4, 10)]
    [InlineData(1, 10)]
    public void The_stale_limit_is_two_and_a_half_safety_refreshes_and_never_under_ten_seconds(int safetySeconds, int limitSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(limitSeconds), StaleLimit.For(TimeSpan.FromSeconds(safetySeconds)));
    }

    [Theory]
    [InlineData(10, 25)]
    [InlineData(120, 300)]
    [InlineData(2, 10)]
    public void A_fleet_member_takes_its_stale_limit_from_its_own_configured_safety_refresh(int safetySeconds, int limitSeconds)
    {
        var options = Options("east") with { Watch = new WatchOptions { SafetyRefresh = TimeSpan.FromSeconds(safetySeconds) } };

        Assert.Equal(TimeSpan.FromSeconds(limitSeconds), FleetMember.Of(options, Glyphs.Ascii).StaleAfter);
    }

    [Fact]
    public void A_fleet_member_without_watch_settings_keeps_the_default_75_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(75), FleetMember.Of(Options("west"), Glyphs.Ascii).StaleAfter);
    }

    [Fact]
    public void Each_cluster_turns_stale_at_its_own_limit()
    {
        // Given a cluster refreshed every 10 s (limit 25 s) and one on the default 30 s (limit 75 s)
        var h = FleetHarness.StartWith(80, 24,
        [
            FleetHarness.Member("fast") with { StaleAfter = StaleLimit.For(TimeSpan.FromSeconds(10)) },
            FleetHarness.Member("slow"),
        ]);
        h.Receive("fast", Clusters.ThreeNodes());
        h.Receive("slow", Clusters.ThreeNodes());

        // When 30 s pass with no update from either
        h.Advance(TimeSpan.FromSeconds(30));

        // Then only the fast one is red
        var rows = FleetRows.Clusters(h.State, h.Context);
        Assert.Equal(("30s", StyleRole.Danger), (rows[0].Cells[6].Text, rows[0].Cells[6].Role));
        Assert.Equal(("30s", StyleRole.Text), (rows[1].Cells[6].Text, rows[1].Cells[6].Role));
        Assert.Equal(["fast"], FleetProblems.For(h.State).Where(p => FleetProblems.RuleOf(p) == "stale").Select(p => p.Cluster));
    }

    [Fact]
    public void The_clock_ticks_exactly_at_the_shortest_members_stale_deadline()
    {
        var h = FleetHarness.StartWith(80, 24,
        [
            FleetHarness.Member("fast") with { StaleAfter = TimeSpan.FromSeconds(12) },
            FleetHarness.Member("slow"),
        ]);
        h.Receive("fast", Clusters.ThreeNodes());
        h.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(2), FleetUpdate.NextTick(h.State, h.Context));
    }

    private static DashboardOptions Options(string cluster) =>
        new(new RecordingRunner(cluster + "-01"), new ExecutorSettings(cluster), new MemoryAuditLog(), TimeSpan.FromSeconds(1), KeyMap.Default);
}
