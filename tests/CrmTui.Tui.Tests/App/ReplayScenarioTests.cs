using System.Collections.Immutable;
using CrmTui.Core.Recording;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

/// <summary><c>crmtui replay</c>: the real main loop on a recording of three snapshots, stepped with the time-cursor keys.</summary>
public sealed class ReplayScenarioTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 14, 2, 11, TimeSpan.Zero);

    // 1: healthy; 2: alpha-02 goes standby; 3: alpha-03 drops off (served by alpha-02 now).
    private static ImmutableArray<ReplayFrame> Frames()
    {
        var healthy = Clusters.ThreeNodes();
        var standby = healthy.WithNode("alpha-02", n => n with { Standby = true, ResourcesRunning = 0 });
        var offline = standby.WithNode("alpha-03", n => n with { Online = false });
        return [new(1, T0, "alpha-01", healthy), new(2, T0.AddSeconds(65), "alpha-01", standby), new(3, T0.AddSeconds(130), "alpha-02", offline)];
    }

    [Fact]
    public void Replay_opens_on_the_first_snapshot_with_the_cursor_in_the_header()
    {
        var h = TuiHarness.StartReplay(Frames());

        Assert.Contains("replay 1/3, 2026-12-04 14:02:11Z, alpha-01, read-only", h.ScreenText());
        Assert.Empty(h.State.Events);
        h.AssertScreen("App/replay-first-80x24");
    }

    [Fact]
    public void Next_steps_to_each_change_and_the_events_view_holds_the_changes_up_to_the_cursor()
    {
        // Given the replay on its first snapshot, showing the Events view
        var h = TuiHarness.StartReplay(Frames()).Press("4");

        // When stepping to the second snapshot
        h.Press("]");

        // Then the header and the events say where the cursor is
        var second = h.ScreenText();
        Assert.Contains("replay 2/3, 2026-12-04 14:03:16Z, alpha-01, read-only", second);
        Assert.Contains("alpha-02: online → standby", second);
        Assert.DoesNotContain("alpha-03", second);

        // When stepping once more, the third change joins it
        h.Press("]");
        Assert.Equal(["alpha-02: online → standby", "alpha-03: standby → offline, standby"], h.State.Events.Select(e => e.Describe()).ToArray());
        h.AssertScreen("App/replay-last-events-80x24");
    }

    [Fact]
    public void Previous_first_and_last_move_the_cursor_and_the_edges_say_so()
    {
        var h = TuiHarness.StartReplay(Frames());

        h.Press("}");
        Assert.Equal(2, h.State.Replay!.Index);
        h.Press("]");
        Assert.Equal("at the last snapshot of the recording", h.State.Status?.Text);
        h.Press("[");
        Assert.Equal((1, 1), (h.State.Replay!.Index, h.State.Events.Count));
        Assert.Null(h.State.Status);
        h.Press("{");
        Assert.Equal((0, 0), (h.State.Replay!.Index, h.State.Events.Count));
        h.Press("[");
        Assert.Equal("at the first snapshot of the recording", h.State.Status?.Text);
    }

    [Fact]
    public void Stepping_back_shows_the_earlier_cluster_again()
    {
        var h = TuiHarness.StartReplay(Frames()).Press("}", "[", "[");

        Assert.False(h.State.Snapshot!.FindNode("alpha-02")!.Standby);
        Assert.Equal(T0, h.State.SnapshotAt);
    }

    [Fact]
    public void Action_keys_are_refused_as_read_only_and_nothing_runs()
    {
        // Given the replay with alpha-02 selected
        var h = TuiHarness.StartReplay(Frames()).Press("j");

        // When standby, fence and cleanup-all are pressed
        h.Press("s");
        var refusal = h.State.Status?.Text;
        h.Press("X", "ctrl+x");

        // Then each is refused with the reason, no dialog opens, and no command ran
        Assert.Equal("Standby / unstandby the node: not available, read-only (replay is read-only)", refusal);
        Assert.Null(h.State.Dialog);
        Assert.Empty(h.Runner.Calls);
        Assert.Empty(h.State.CommandLog);
        h.AssertScreen("App/replay-read-only-80x24");
    }

    [Fact]
    public void The_wall_clock_does_not_move_a_replay()
    {
        var h = TuiHarness.StartReplay(Frames()).Press("]");

        h.Advance(TimeSpan.FromHours(3)).Press("j");

        Assert.Equal(T0.AddSeconds(65), h.State.Now);
        Assert.Contains("replay 2/3, 2026-12-04 14:03:16Z", h.ScreenText());
    }

    [Fact]
    public void A_problem_reading_the_file_is_on_the_status_line_at_the_start()
    {
        var h = TuiHarness.StartReplay(Frames(), note: "1 problem(s) reading the file (listed on exit): record 2 is cut short");

        Assert.Contains("record 2 is cut short", h.ScreenText());
    }

    [Fact]
    public void The_time_cursor_keys_on_a_live_dashboard_only_say_where_they_work()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("]");

        Assert.Equal("the time cursor works in a replay: crmtui replay FILE", h.State.Status?.Text);
        Assert.Null(h.State.Replay);
    }

    [Fact]
    public void Help_lists_the_replay_keys()
    {
        var h = TuiHarness.StartReplay(Frames(), 120, 48).Press("?");

        var text = h.ScreenText();
        Assert.Contains("Replay (crmtui replay)", text);
        Assert.Contains("Replay: next change", text);
    }
}
