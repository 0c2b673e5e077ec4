using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Cluster;

/// <summary>
/// Removes the move/ban constraints whose lifetime has passed (<c>crm_resource --clear
/// --expired</c>), for one resource or, without one, for all. Expired constraints no longer
/// apply; this only tidies the CIB.
/// </summary>
public sealed record ClearExpired(string? Resource = null) : ClusterAction
{
    public override string Key => Resource is null ? "cluster.clear-expired" : "resource.clear-expired";
    public override ActionScope Scope => Resource is null ? ActionScope.Cluster : ActionScope.Resource;
    public override Danger Danger => Danger.Safe;
    public override string Target => Resource ?? "cluster";

    public override string Description => Resource is null
        ? "Remove expired move and ban constraints of every resource"
        : $"Remove expired move and ban constraints of {Resource}";

    public override string? InvalidReason => Resource is null ? null : Names.Problem("resource", Resource);

    private protected override CommandLine Build() =>
        Tools.CrmResource().Flag("--clear").Flag("--expired").OptionIf("--resource", Resource).Build();

    private protected override string? UnavailableReason(SnapshotFacts facts) =>
        Resource is not null && facts.FirstResource(Resource) is null ? Reasons.NoSuchResource(Resource) : null;
}
