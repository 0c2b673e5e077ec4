using CrmTui.Tui.App;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

public sealed class LiveDataScenarioTests
{
    [Fact]
    public void A_failed_poll_keeps_the_last_snapshot_and_shows_a_stale_banner_with_its_age()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Advance(TimeSpan.FromSeconds(42)).PollFails("ssh: connect to host alpha-01: Connection timed out");

        Assert.NotNull(h.State.Snapshot);
        var text = h.ScreenText();
        Assert.Contains("Stale, data 42s old: alpha-01: ssh: connect", text);
        Assert.Contains("alpha-02", text);
    }

    [Fact]
    public void A_snapshot_from_another_host_after_failures_shows_a_failover_notice()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.PollFails("connection refused").Receive(Clusters.ThreeNodes(), host: "alpha-02");

        Assert.Null(h.State.PollError);
        Assert.Contains("Now served by alpha-02: alpha-01 stopped answering (connection refused)", h.ScreenText());
    }

    [Fact]
    public void Follow_keeps_the_selection_on_the_same_node_when_rows_move()
    {
        // Given alpha-02 selected and follow on
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("j", "F");
        Assert.True(h.State.Follow);

        // When a refresh puts alpha-02 last
        var s = Clusters.ThreeNodes();
        h.Receive(s with { Nodes = [s.Nodes[0], s.Nodes[2], s.Nodes[1]] });

        // Then the selection moved with it
        Assert.Equal(2, h.State.Position.Selected);
        Assert.Equal("alpha-02", h.State.Position.SelectedId);
    }

    [Fact]
    public void Without_follow_the_selection_keeps_its_row_index()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("j");
        var s = Clusters.ThreeNodes();

        h.Receive(s with { Nodes = [s.Nodes[0], s.Nodes[2], s.Nodes[1]] });

        Assert.Equal(1, h.State.Position.Selected);
        Assert.Equal("alpha-03", h.State.Position.SelectedId);
    }

    [Fact]
    public void Pause_holds_new_data_until_resumed()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("Z");
        var changed = Clusters.ThreeNodes().WithNode("alpha-02", n => n with { Standby = true });

        h.Receive(changed);
        Assert.False(h.State.Snapshot!.FindNode("alpha-02")!.Standby);
        Assert.Contains("newer data is waiting", h.ScreenText());

        h.Press("Z");
        Assert.True(h.State.Snapshot!.FindNode("alpha-02")!.Standby);
        Assert.False(h.State.Paused);
    }

    [Fact]
    public void A_changed_row_is_highlighted_for_a_few_seconds_then_the_timer_stops()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Receive(Clusters.ThreeNodes().WithNode("alpha-02", n => n with { Standby = true }));
        Assert.Contains(ViewTables.Rows(h.State, h.Context, ViewKind.Nodes), r => r.Id == "alpha-02" && r.Changed);
        Assert.DoesNotContain(ViewTables.Rows(h.State, h.Context, ViewKind.Nodes), r => r.Id == "alpha-01" && r.Changed);

        h.Advance(TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(ViewTables.Rows(h.State, h.Context, ViewKind.Nodes), r => r.Changed);
        Assert.Empty(h.State.ChangedAt);
        Assert.Equal(0, h.Time.PendingTimers);
    }

    [Fact]
    public void An_idle_dashboard_writes_nothing_and_keeps_no_timer()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());
        h.Terminal.ClearOutput();

        h.Advance(TimeSpan.FromMinutes(5));

        Assert.Empty(h.Terminal.Writes);
        Assert.Equal(0, h.Time.PendingTimers);
    }

    [Fact]
    public async Task The_async_main_loop_processes_posted_keys_and_ends_on_quit()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());
        var run = h.Loop.RunAsync(CancellationToken.None);

        h.Loop.Post(new KeyPressed(CrmTui.Tui.Terminal.Key.Char('j')));
        h.Loop.Post(new KeyPressed(CrmTui.Tui.Terminal.Key.Char('q')));

        await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(h.State.QuitRequested);
        Assert.Equal("alpha-02", h.State.Position.SelectedId);
    }
}
