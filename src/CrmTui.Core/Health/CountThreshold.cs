namespace CrmTui.Core.Health;

/// <summary>
/// Nagios-style thresholds for a count: at or above <see cref="Warning"/> is WARNING, at or above
/// <see cref="Critical"/> is CRITICAL. Zero switches that level off.
/// </summary>
public sealed record CountThreshold(int Warning, int Critical)
{
    public HealthLevel LevelFor(int count) =>
        Critical > 0 && count >= Critical ? HealthLevel.Critical
        : Warning > 0 && count >= Warning ? HealthLevel.Warning
        : HealthLevel.Ok;
}
