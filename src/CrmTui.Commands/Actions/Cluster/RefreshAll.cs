using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Cluster;

/// <summary>
/// Forgets the operation history of every resource so the cluster re-probes them all
/// (<c>crm_resource --refresh</c>). On a big cluster this is a burst of probes, hence disruptive.
/// </summary>
public sealed record RefreshAll : ClusterAction
{
    public override string Key => "cluster.refresh";
    public override ActionScope Scope => ActionScope.Cluster;
    public override Danger Danger => Danger.Disruptive;
    public override string Target => "cluster";
    public override string Description => "Refresh every resource: forget its history and re-probe its state";

    private protected override CommandLine Build() => Tools.CrmResource().Flag("--refresh").Build();

    private protected override string? UnavailableReason(SnapshotFacts facts) => null;
}
