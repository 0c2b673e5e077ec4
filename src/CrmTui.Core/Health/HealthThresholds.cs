namespace CrmTui.Core.Health;

/// <summary>
/// What each rule reports at. Defaults (documented in docs/cli.md): any failed action, stopped
/// resource, unclean node, lost quorum or failed fencing is CRITICAL; any offline node,
/// maintenance, pending fencing or disabled STONITH is a WARNING.
/// </summary>
public sealed record HealthThresholds
{
    public CountThreshold FailedActions { get; init; } = new(1, 1);
    public CountThreshold StoppedResources { get; init; } = new(1, 1);
    public CountThreshold UncleanNodes { get; init; } = new(1, 1);
    public CountThreshold OfflineNodes { get; init; } = new(1, 0);
    public CountThreshold PendingFencing { get; init; } = new(1, 0);
    public CountThreshold FailedFencing { get; init; } = new(1, 1);
    public HealthLevel QuorumLost { get; init; } = HealthLevel.Critical;
    public HealthLevel Maintenance { get; init; } = HealthLevel.Warning;
    public HealthLevel StonithDisabled { get; init; } = HealthLevel.Warning;

    public static HealthThresholds Default { get; } = new();
}
