using CrmTui.Core.Model;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.App;

// The one-key failure cleanup: scope in the status line before it runs, "done" when the command
// succeeded, then the receipt from the next snapshot (the re-probe).
public sealed class CleanupReceiptScenarioTests
{
    // web-vip and web-server form the group web-group; web-server's monitor failed on alpha-02.
    private static ClusterSnapshot Cluster(bool serverRunning = true) => FailureScenarioTests.WithFailures() with
    {
        Resources =
        [
            new GroupResource
            {
                Id = "web-group",
                Managed = true,
                Children =
                [
                    Primitive("web-vip", "alpha-01", running: true),
                    Primitive("web-server", "alpha-02", serverRunning),
                ],
            },
        ],
    };

    private static PrimitiveResource Primitive(string id, string node, bool running) => new()
    {
        Id = id,
        Agent = "ocf:heartbeat:Dummy",
        Active = running,
        Managed = true,
        Role = running ? ResourceRole.Started : ResourceRole.Stopped,
        RoleText = running ? "Started" : "Stopped",
        Nodes = running ? [new ResourceNode { Name = node }] : [],
    };

    private static ClusterSnapshot Without(ClusterSnapshot s, string resource) =>
        s with { Failures = [.. s.Failures.Where(f => f.Resource != resource)] };

    [Fact]
    public void The_status_line_names_the_failure_and_node_then_waits_for_the_re_probe()
    {
        var h = TuiHarness.Start(snapshot: Cluster()).Press("3", "C");

        Assert.Equal(
            "done, re-probing: cleanup of the failed 10s monitor of web-server on alpha-02 (whole group web-group): clears 1 failure (web-server monitor) on alpha-02",
            h.State.Status?.Text);
        Assert.Equal(StyleRole.Success, h.State.Status?.Role);
        Assert.Equal(1, h.RefreshRequests);
    }

    [Fact]
    public void The_next_snapshot_is_the_receipt_cleared()
    {
        var h = TuiHarness.Start(snapshot: Cluster()).Press("3", "C");

        h.Receive(Without(Cluster(), "web-server"));

        Assert.Equal(StyleRole.Success, h.State.Status?.Role);
        Assert.Equal(
            "re-probe after the cleanup of the failed 10s monitor of web-server on alpha-02: 1 of 1 failure cleared; now web-vip Started on alpha-01, web-server Started on alpha-02",
            h.State.Status?.Text);
        Assert.Null(h.State.Reprobe);
    }

    [Fact]
    public void A_failure_that_comes_back_with_a_newer_time_is_reported_as_failed_again()
    {
        var h = TuiHarness.Start(snapshot: Cluster()).Press("3", "C");
        var again = Cluster();
        again = again with { Failures = [.. again.Failures.Select(f => f.Resource == "web-server" ? f with { LastRcChange = CrmTime.Parse("2026-03-14 10:06:00Z") } : f)] };

        h.Receive(again);

        Assert.Equal(StyleRole.Error, h.State.Status?.Role);
        Assert.Contains("0 of 1 failure cleared; failed again: web-server monitor on alpha-02 'not running'", h.State.Status?.Text);
    }

    [Fact]
    public void The_receipt_says_when_the_re_probe_finds_the_resource_stopped()
    {
        var h = TuiHarness.Start(snapshot: Cluster()).Press("3", "C");

        h.Receive(Without(Cluster(serverRunning: false), "web-server"));

        Assert.EndsWith("now web-vip Started on alpha-01, web-server Stopped", h.State.Status?.Text);
    }

    [Fact]
    public void A_failed_cleanup_command_reports_the_error_and_no_receipt_follows()
    {
        var h = TuiHarness.Start(snapshot: Cluster());
        h.Runner.WhenProgram("crm_resource", exitCode: 1, stderr: "Could not connect to the controller");

        h.Press("3", "C").Receive(Cluster());

        Assert.Equal(StyleRole.Error, h.State.Status?.Role);
        Assert.Contains("failed (exit 1)", h.State.Status?.Text);
        Assert.Null(h.State.Reprobe);
    }

    [Fact]
    public void While_paused_the_receipt_waits_for_the_held_snapshot()
    {
        var h = TuiHarness.Start(snapshot: Cluster()).Press("3", "C", "Z");

        h.Receive(Without(Cluster(), "web-server"));
        Assert.StartsWith("done, re-probing", h.State.Status?.Text);

        h.Press("Z");
        Assert.Contains("1 of 1 failure cleared", h.State.Status?.Text);
    }

    [Fact]
    public void Cleanup_of_all_failures_lists_what_it_clears_and_where()
    {
        var h = TuiHarness.Start(snapshot: Cluster()).Press("ctrl+x");

        Assert.Contains("cleanup of every resource: clears 2 failures (web-vip start, web-server monitor) on alpha-01, alpha-02", h.State.Status?.Text);
        h.Receive(Without(Without(Cluster(), "web-server"), "web-vip"));
        Assert.Contains("2 of 2 failures cleared", h.State.Status?.Text);
    }
}
