using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Cluster;

/// <summary>
/// Cluster-wide maintenance mode on or off (<c>crm_attribute --type=crm_config
/// --name=maintenance-mode --update=true|false</c>): while on, no resource is started, stopped
/// or monitored anywhere.
/// </summary>
public sealed record ClusterMaintenance(bool On) : ClusterAction
{
    public override string Key => On ? "cluster.maintenance-on" : "cluster.maintenance-off";
    public override ActionScope Scope => ActionScope.Cluster;
    public override Danger Danger => Danger.Disruptive;
    public override string Target => "cluster";

    public override string Description => On
        ? "Put the whole cluster in maintenance mode (no resource is managed)"
        : "Take the cluster out of maintenance mode";

    private protected override CommandLine Build() => Tools.CrmAttribute()
        .Option("--type", "crm_config").Option("--name", "maintenance-mode")
        .Option("--update", On ? "true" : "false").Build();

    private protected override string? UnavailableReason(SnapshotFacts facts) => (On, facts.MaintenanceMode) switch
    {
        (true, true) => "cluster is already in maintenance mode",
        (false, false) => "cluster is not in maintenance mode",
        _ => null,
    };
}
