using CrmTui.Demo.Simulation;

namespace CrmTui.Demo.Tests.Simulation;

public sealed class DemoTimelineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_what_is_due_is_taken_earliest_first_and_only_once()
    {
        var timeline = new DemoTimeline();
        timeline.Schedule(T0.AddSeconds(30), new NodeRejoins("node3"));
        timeline.Schedule(T0.AddSeconds(10), new NodeFails("node3", null));
        timeline.Schedule(T0.AddSeconds(90), new NodeRejoins("node2"));

        Assert.Empty(timeline.TakeDue(T0.AddSeconds(5)));
        Assert.Equal([new NodeFails("node3", null), new NodeRejoins("node3")], timeline.TakeDue(T0.AddSeconds(30)));
        Assert.Empty(timeline.TakeDue(T0.AddSeconds(30)));
        Assert.Single(timeline.Pending);
    }

    [Fact]
    public void A_repeating_change_comes_back_one_period_after_it_was_due_even_after_a_long_pause()
    {
        var timeline = new DemoTimeline();
        var failure = new ResourceFails("web-server", 10_000);
        timeline.Schedule(T0.AddSeconds(15), failure, TimeSpan.FromMinutes(1));

        Assert.Equal([failure], timeline.TakeDue(T0.AddSeconds(15)));
        Assert.Equal(T0.AddSeconds(75), timeline.Pending.Single().Due);
        // Paused for five minutes: one failure, not five, and the next stays on the minute grid.
        Assert.Equal([failure], timeline.TakeDue(T0.AddMinutes(6)));
        Assert.Equal(T0.AddSeconds(375), timeline.Pending.Single().Due);
    }

    [Fact]
    public void A_period_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DemoTimeline().Schedule(T0, new NodeRejoins("n"), TimeSpan.Zero));
    }
}
