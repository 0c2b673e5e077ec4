namespace CrmTui.Tui.Fleet;

/// <summary>
/// When a cluster's data counts as stale in the fleet: a watched cluster gets a full fetch at least
/// every safety refresh (its <c>safety_interval</c>), so two and a half of them without one mean its
/// host or its fetch is stuck. A floor keeps a very short safety refresh from flagging a cluster
/// whose crm_mon merely takes a few seconds.
/// </summary>
public static class StaleLimit
{
    public const double SafetyRefreshes = 2.5;

    public static TimeSpan Floor { get; } = TimeSpan.FromSeconds(10);

    /// <summary>The limit for the default safety refresh (30 s): 75 s.</summary>
    public static TimeSpan Default { get; } = For(CrmTui.Commands.Watch.WatchOptions.Default.SafetyRefresh);

    public static TimeSpan For(TimeSpan safetyRefresh)
    {
        var limit = safetyRefresh * SafetyRefreshes;
        return limit < Floor ? Floor : limit;
    }
}
