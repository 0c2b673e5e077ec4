using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;
using CrmTui.Core.Model;
using CrmTui.Tui.App;

namespace CrmTui.Tui.Tests.App;

public sealed class WatchMessagesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_successful_fetch_is_a_received_snapshot_from_its_host_at_its_time()
    {
        var snapshot = new ClusterSnapshot();
        var update = new WatchUpdate(new StatusResult(StatusKind.Ok, snapshot, null, "ssh node1", TimeSpan.Zero), At, FetchReason.Change, WatchMode.Stream);

        Assert.Equal(new SnapshotReceived(snapshot, "ssh node1", At), WatchMessages.From(update));
    }

    [Fact]
    public void A_failed_fetch_is_a_poll_failure_with_its_error()
    {
        var update = new WatchUpdate(new StatusResult(StatusKind.Refused, null, "Pacemaker did not answer", "ssh node1", TimeSpan.Zero), At, FetchReason.Safety, WatchMode.Probe);

        Assert.Equal(new PollFailed("Pacemaker did not answer", "ssh node1", At), WatchMessages.From(update));
    }

    [Fact]
    public void A_failure_without_an_error_text_names_its_kind()
    {
        var update = new WatchUpdate(new StatusResult(StatusKind.Malformed, null, null, "local", TimeSpan.Zero), At, FetchReason.First, WatchMode.Probe);

        Assert.Equal(new PollFailed("Malformed", "local", At), WatchMessages.From(update));
    }
}
