using CrmTui.TestKit.Fakes;
using CrmTui.TestKit.Timing;
using CrmTui.Tui.App;
using CrmTui.Tui.Fleet;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.Fleet;

public sealed class FleetWatchersTests
{
    // A guard against a broken build hanging the run, not a wait for something to happen.
    private static readonly TimeSpan s_guard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_cluster_whose_fetch_hangs_delays_neither_the_other_clusters_nor_the_keyboard()
    {
        // Given alpha answers at once and bravo's host takes every command and never answers
        var xml = File.ReadAllText(Path.Combine(RepoPaths.Root(), "tests", "CrmTui.Tui.Tests", "Fixtures", "crm_mon", "lab-after-node-loss.xml"));
        var alpha = new RecordingRunner("alpha-01").WhenProgram("crm_mon", stdout: xml);
        var bravo = new HangingRunner("bravo-01");
        var h = FleetHarness.Start(80, 24, "alpha", "bravo");
        var alphaArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // When both are watched
        var watchers = FleetWatchers.Start(
            [new FleetSource("alpha", alpha), new FleetSource("bravo", bravo)],
            message =>
            {
                h.Loop.Post(message);
                if (message is ClusterMessage { Cluster: "alpha", Inner: SnapshotReceived })
                {
                    alphaArrived.TrySetResult();
                }
            });
        try
        {
            await alphaArrived.Task.WaitAsync(s_guard);
            await bravo.Called.WaitAsync(s_guard);
            // bravo's fetch itself has begun (a probe may have reached the host before it)
            Assert.True(await Eventually.HoldsAsync(() => watchers.Watchers["bravo"].Fetches > 0, s_guard), "bravo's fetch did not begin within the guard");
            h.Pump();

            // Then alpha is on screen while bravo's fetch is still hanging
            Assert.NotNull(h.State.ClusterState("alpha")!.Snapshot);
            Assert.Null(h.State.ClusterState("bravo")!.Snapshot);
            Assert.True(bravo.Pending > 0);
            Assert.Contains("alpha", FleetRows.Clusters(h.State, h.Context)[0].Cells[0].Text);

            // and keys are handled at once: open bravo, look at it, come back, open alpha
            h.Press("j", "enter");
            Assert.Equal("bravo", h.State.Focused);
            Assert.Contains("waiting for bravo-01", h.ScreenText());
            h.Press("escape", "k", "enter");
            Assert.Equal("alpha", h.State.Focused);
            Assert.Equal(1, watchers.Watchers["bravo"].Fetches);
        }
        finally
        {
            // Stopping cancels the hung fetch instead of waiting for it.
            await watchers.DisposeAsync().AsTask().WaitAsync(s_guard);
        }
        Assert.Equal(0, bravo.Pending);
    }
}
