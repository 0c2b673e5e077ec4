using CrmTui.Commands.Status;

namespace CrmTui.Commands.Watch;

/// <summary>One full fetch a <see cref="ClusterWatcher"/> made: its result, when it ended, why it
/// ran, and how changes were being detected at that moment.</summary>
public sealed record WatchUpdate(StatusResult Status, DateTimeOffset At, FetchReason Reason, WatchMode DetectedBy);
