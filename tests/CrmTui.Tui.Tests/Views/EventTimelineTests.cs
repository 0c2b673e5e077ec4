using CrmTui.Core.Diff;
using CrmTui.Tui.App;
using CrmTui.Tui.Presentation;

namespace CrmTui.Tui.Tests.Views;

public sealed class EventTimelineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_snapshot_adds_nothing_and_a_change_adds_the_differs_events()
    {
        var healthy = Fixtures.Load("cts-cli-crm_mon");
        var lost = healthy with { Nodes = [.. healthy.Nodes.Select(n => n.Name == "cluster01" ? n with { Online = false } : n)] };

        var first = EventTimeline.Append([], null, healthy, T0);
        var second = EventTimeline.Append(first, healthy, lost, T0.AddSeconds(2));

        Assert.Empty(first);
        Assert.Equal(SnapshotDiffer.Diff(healthy, lost, T0.AddSeconds(2)), second);
    }

    [Fact]
    public void The_timeline_keeps_only_the_newest_events()
    {
        var a = Fixtures.Load("cts-cli-crm_mon");
        var b = a with { Bans = [] };
        var timeline = System.Collections.Immutable.ImmutableList<ClusterEvent>.Empty;

        for (var i = 0; i < EventTimeline.Limit + 10; i++)
        {
            timeline = EventTimeline.Append(timeline, i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, T0.AddSeconds(i));
        }

        Assert.Equal(EventTimeline.Limit, timeline.Count);
        Assert.Equal(T0.AddSeconds(EventTimeline.Limit + 9), timeline[^1].At);
    }

    [Fact]
    public void Event_rows_are_newest_first_with_relative_ages()
    {
        var a = Fixtures.Load("cts-cli-crm_mon");
        var b = a with { Bans = [] };
        var timeline = EventTimeline.Append(EventTimeline.Append([], a, b, T0), b, a, T0.AddSeconds(30));

        var rows = EventRows.For(timeline, T0.AddSeconds(42));

        Assert.Equal(
            [("12s ago", "dummy banned from cluster01 [not-on-cluster1, -INFINITY]"), ("42s ago", "dummy no longer banned from cluster01 [not-on-cluster1, -INFINITY]")],
            rows.Select(r => (r.Row.Cells[0].Text, r.Row.Cells[1].Text)));
        Assert.Equal("dummy", rows[0].Target!.ResourceId);
    }

    [Fact]
    public void A_new_snapshot_through_the_main_loop_lands_in_the_events_view()
    {
        var healthy = Fixtures.Load("cts-cli-crm_mon");
        var h = ViewGoldenTests.Start(80, 24, healthy);

        h.Advance(TimeSpan.FromSeconds(5)).Receive(healthy with { Bans = [] }).Press("4");

        Assert.Single(h.State.Events);
        Assert.Contains("dummy no longer banned from cluster01", h.ScreenText());
    }

    [Fact]
    public void Rows_changed_by_a_poll_are_highlighted_in_the_resources_and_events_views()
    {
        // Given a cluster, and then the same cluster with dummy failed
        var healthy = Fixtures.Load("cts-cli-crm_mon");
        var h = ViewGoldenTests.Start(160, 48, healthy).Press("2");
        var failed = healthy with
        {
            Resources = [.. healthy.Resources.Select(r => r is Core.Model.PrimitiveResource { Id: "dummy" } p ? p with { Failed = true } : r)],
        };

        // When
        h.Advance(TimeSpan.FromSeconds(3)).Receive(failed);

        // Then only the dummy row is highlighted, and so is its event
        var changed = ViewTables.Rows(h.State, h.Context, ViewKind.Resources).Where(r => r.Changed).Select(r => r.Id);
        Assert.Equal(["r:dummy@cluster02"], changed);
        Assert.All(ViewTables.Rows(h.State, h.Context, ViewKind.Events), r => Assert.True(r.Changed));

        // And the highlight goes away on its own
        h.Advance(h.Context.ChangeHighlight);
        Assert.DoesNotContain(ViewTables.Rows(h.State, h.Context, ViewKind.Resources), r => r.Changed);
    }
}
