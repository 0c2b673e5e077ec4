namespace CrmTui.Transport;

/// <summary>Tuning of a <see cref="FailoverRunner"/>.</summary>
public sealed record FailoverOptions
{
    /// <summary>The longest the switch to another host may take once the serving one failed.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest one host's health probe may take, so one hung host cannot eat the budget.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Judges a result the serving host returned: unhealthy (e.g. crm_mon printed
    /// <c>&lt;errors&gt;</c> because Pacemaker is down there) moves to the next host and retries.
    /// Null: every result is healthy.
    /// </summary>
    public Func<CommandLine, CommandResult, HostVerdict>? JudgeResult { get; init; }

    /// <summary>
    /// Whether a command may be run again on the next host after it timed out or its result was
    /// judged unhealthy, when it may already have taken effect. Status queries may; a mutating
    /// action should say no (the caller then sees the failure, and later calls use the new
    /// host). A command that could not connect at all is always retried. Null: all may.
    /// </summary>
    public Func<CommandLine, bool>? MayRetry { get; init; }

    /// <summary>How many host changes <see cref="FailoverRunner.History"/> keeps.</summary>
    public int HistoryLimit { get; init; } = 50;
}
