namespace CrmTui.Commands.Watch;

/// <summary>Why a <see cref="ClusterWatcher"/> ran a full <c>crm_mon</c>.</summary>
public enum FetchReason
{
    /// <summary>The first fetch after start.</summary>
    First,

    /// <summary>The stream printed or the probe saw a new CIB version or fence history.</summary>
    Change,

    /// <summary>Nothing signalled a change for <see cref="WatchOptions.SafetyRefresh"/>.</summary>
    Safety,

    /// <summary><see cref="ClusterWatcher.RefreshNow"/> (after an action, or the operator asked).</summary>
    Requested,

    /// <summary>Poll mode's fixed interval.</summary>
    Poll,

    /// <summary>No fetch: the connection under a live stream broke. The update carries that failure
    /// at once, so the screen marks its data stale before the fetch that follows finds a host.</summary>
    StreamLost,
}
