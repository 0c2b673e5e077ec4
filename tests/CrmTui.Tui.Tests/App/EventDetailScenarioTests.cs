using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Tests.Views;

namespace CrmTui.Tui.Tests.App;

// Events view: Enter opens the selected event's detail (what changed, from → to, when in absolute and
// relative terms, the host that reported it); Esc goes back to the list with the selection kept.
public sealed class EventDetailScenarioTests
{
    public static TheoryData<int, int> Sizes => new() { { 80, 24 }, { 160, 48 } };

    // cluster01 drops out (reported by alpha-01), then comes back as seen by alpha-02 after a failover.
    private static TuiHarness NodeLeftAndCameBack(int w, int h)
    {
        var healthy = Fixtures.Load("cts-cli-crm_mon");
        var harness = ViewGoldenTests.Start(w, h, healthy);
        harness.Advance(TimeSpan.FromSeconds(95)).Receive(healthy with
        {
            Nodes = [.. healthy.Nodes.Select(n => n.Name == "cluster01" ? n with { Online = false, ResourcesRunning = 0 } : n)],
        });
        harness.Advance(TimeSpan.FromSeconds(12)).Receive(healthy, host: "alpha-02");
        return harness.Advance(TimeSpan.FromSeconds(30)).Press("4");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Enter_on_an_event_shows_what_changed_from_and_to_when_and_who_reported_it(int w, int h) =>
        NodeLeftAndCameBack(w, h).Press("enter").AssertScreen($"App/event-detail-{w}x{h}");

    [Fact]
    public void The_detail_names_the_host_of_the_poll_that_saw_the_change_and_esc_goes_back()
    {
        var harness = NodeLeftAndCameBack(160, 48);
        var newest = harness.State.Position.SelectedId;

        // The newest event (cluster01 back) came from alpha-02's status
        var back = harness.Press("enter").ScreenText();
        Assert.True(harness.State.DetailOpen);
        Assert.Matches(@"Reported by\s+alpha-02", back);
        Assert.Matches(@"From\s+offline", back);
        Assert.Matches(@"To\s+online", back);
        Assert.Contains("(30s ago)", back, StringComparison.Ordinal);

        // Esc: the list again, same row selected
        harness.Press("esc");
        Assert.False(harness.State.DetailOpen);
        Assert.Equal(newest, harness.State.Position.SelectedId);
        Assert.DoesNotContain("Reported by", harness.ScreenText(), StringComparison.Ordinal);

        // The older event (cluster01 gone) came from alpha-01's
        var gone = harness.Press("end", "enter").ScreenText();
        Assert.Matches(@"Reported by\s+alpha-01", gone);
        Assert.Matches(@"From\s+online", gone);
        Assert.Contains("(42s ago)", gone, StringComparison.Ordinal);
    }

    [Fact]
    public void A_poll_without_events_records_no_host_and_dropped_events_forget_theirs()
    {
        var t0 = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Core.Diff.ClusterEvent At(int s) => new Core.Diff.QuorumLost { At = t0.AddSeconds(s) };
        var hosts = Tui.App.EventTimeline.Hosts([], [At(1)], t0.AddSeconds(1), "a");

        var quiet = Tui.App.EventTimeline.Hosts(hosts, [At(1)], t0.AddSeconds(2), "b");
        var trimmed = Tui.App.EventTimeline.Hosts(hosts, [At(3)], t0.AddSeconds(3), "c");

        Assert.Equal(["a"], quiet.Values);
        Assert.Equal(new Dictionary<DateTimeOffset, string> { [t0.AddSeconds(3)] = "c" }, trimmed);
    }
}
