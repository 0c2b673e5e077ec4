using CrmTui.Core.Model;
using CrmTui.Tui.App;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

public sealed class FailureScenarioTests
{
    private static FailedAction Failure(string resource, string node, string task, int intervalMs, string when, string status = "not running", int rc = 7) => new()
    {
        OpKey = $"{resource}_{task}_{intervalMs}",
        Node = node,
        Task = task,
        Interval = CrmDuration.Parse($"{intervalMs}ms"),
        ExitStatus = status,
        ExitCode = rc,
        ExitReason = "none",
        Status = "complete",
        Call = 42,
        LastRcChange = CrmTime.Parse(when),
        Exec = CrmDuration.Parse("20ms"),
        Queued = CrmDuration.Parse("0ms"),
    };

    public static ClusterSnapshot WithFailures() => Clusters.ThreeNodes() with
    {
        Failures =
        [
            Failure("web-vip", "alpha-01", "start", 0, "2026-03-14 09:10:00Z", "error", 1),
            Failure("web-server", "alpha-02", "monitor", 10000, "2026-03-14 10:04:20Z"),
        ],
    };

    [Fact]
    public void The_failures_view_lists_newest_first_in_crm_mon_words()
    {
        var h = TuiHarness.Start(snapshot: WithFailures()).Press("3");

        var rows = ViewTables.Rows(h.State, h.Context, ViewKind.Failures);

        Assert.Equal(["web-server_monitor_10000@alpha-02", "web-vip_start_0@alpha-01"], rows.Select(r => r.Id));
        Assert.Contains("monitor on alpha-02 returned 'not running'", rows[0].Cells[1].Text);
        Assert.Equal("40s", rows[0].Cells[0].Text);
    }

    [Fact]
    public void One_key_cleans_up_exactly_the_selected_failure_without_a_dialog()
    {
        var h = TuiHarness.Start(snapshot: WithFailures()).Press("3", "C");

        Assert.Null(h.State.Dialog);
        Assert.Equal(
            ["crm_resource", "--output-as=xml", "--cleanup", "--resource=web-server", "--node=alpha-02", "--operation=monitor", "--interval=10000ms"],
            h.Runner.Argvs.Single());
        Assert.Contains("web-server on alpha-02", h.State.CommandLog.Single().Summary);
    }

    [Fact]
    public void Enter_shows_the_failure_in_detail()
    {
        var h = TuiHarness.Start(snapshot: WithFailures()).Press("3", "j", "enter");

        var text = h.ScreenText();
        Assert.Contains("Failure web-vip_start_0 on alpha-01", text);
        Assert.Contains("error (rc 1)", text);
    }

    [Fact]
    public void A_new_failure_is_highlighted_as_a_change()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("3");

        h.Receive(WithFailures());

        // (the Events view's rows for the same change are stamped too)
        Assert.Equal(["web-server_monitor_10000@alpha-02", "web-vip_start_0@alpha-01"], h.State.ChangedAt.Keys.Where(k => !k.StartsWith("event:", StringComparison.Ordinal)).Order());
        Assert.All(ViewTables.Rows(h.State, h.Context, ViewKind.Failures), r => Assert.True(r.Changed));
    }

    [Fact]
    public void No_failures_says_so()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("3");

        Assert.Contains("no failed actions", h.ScreenText());
    }
}
