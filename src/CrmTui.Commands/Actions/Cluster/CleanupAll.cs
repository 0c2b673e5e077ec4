using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Cluster;

/// <summary>
/// Clears every resource's failures and fail counts (<c>crm_resource --cleanup</c>, no filter).
/// Pacemaker 2.1 only touches resources that have failed, so it is cheap to run.
/// </summary>
public sealed record CleanupAll : ClusterAction
{
    public override string Key => "cluster.cleanup";
    public override ActionScope Scope => ActionScope.Cluster;
    public override Danger Danger => Danger.Safe;
    public override string Target => "cluster";
    public override string Description => "Clean up the failures of every resource";

    private protected override CommandLine Build() => Tools.CrmResource().Flag("--cleanup").Build();

    private protected override string? UnavailableReason(SnapshotFacts facts) =>
        facts.Failures.IsDefaultOrEmpty ? "no failed actions to clean up" : null;
}
