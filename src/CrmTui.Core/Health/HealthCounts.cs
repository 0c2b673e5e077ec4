namespace CrmTui.Core.Health;

/// <summary>The numbers behind a verdict (the plugin's perfdata, the dashboard's header).</summary>
public sealed record HealthCounts
{
    public int NodesConfigured { get; init; }
    public int NodesOnline { get; init; }
    public int NodesOffline { get; init; }
    public int NodesUnclean { get; init; }
    public int NodesStandby { get; init; }
    public int NodesMaintenance { get; init; }
    public int ResourceInstances { get; init; }
    public int ResourcesActive { get; init; }
    public int ResourcesStopped { get; init; }
    public int FailedActions { get; init; }
    public int FencingPending { get; init; }
    public int FencingFailed { get; init; }
}
