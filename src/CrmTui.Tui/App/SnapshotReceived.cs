using CrmTui.Core.Model;

namespace CrmTui.Tui.App;

/// <summary>A poll succeeded: the cluster as <paramref name="Host"/> saw it at <paramref name="At"/>.</summary>
public sealed record SnapshotReceived(ClusterSnapshot Snapshot, string Host, DateTimeOffset At) : UiMessage
{
    /// <summary>Fetched by the watcher's safety refresh (nothing signalled a change): the moment to re-read
    /// what crm_mon does not show (the constraints, when the bans section is open).</summary>
    public bool Safety { get; init; }
}
