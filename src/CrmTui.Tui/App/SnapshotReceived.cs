using CrmTui.Core.Model;

namespace CrmTui.Tui.App;

/// <summary>A poll succeeded: the cluster as <paramref name="Host"/> saw it at <paramref name="At"/>.</summary>
public sealed record SnapshotReceived(ClusterSnapshot Snapshot, string Host, DateTimeOffset At) : UiMessage;
