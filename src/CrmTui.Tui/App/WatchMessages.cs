using CrmTui.Commands.Watch;

namespace CrmTui.Tui.App;

/// <summary>Turns what the cluster watcher fetched into the UI's messages (the same ones the
/// timer poller posts, so the UI does not care how the fetch was triggered).</summary>
public static class WatchMessages
{
    public static UiMessage From(WatchUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var status = update.Status;
        return status is { Succeeded: true, Snapshot: { } snapshot }
            ? new SnapshotReceived(snapshot, status.Host, update.At) { Safety = update.Reason == FetchReason.Safety }
            : new PollFailed(status.Error ?? status.Kind.ToString(), status.Host, update.At);
    }
}
