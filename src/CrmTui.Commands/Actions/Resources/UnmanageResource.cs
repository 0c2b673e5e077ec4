using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>
/// Tells the cluster to leave a resource alone, running or not: meta <c>is-managed=false</c>.
/// Offered in cluster maintenance mode too (every resource shows unmanaged then), so the
/// setting can outlive the maintenance window.
/// </summary>
public sealed record UnmanageResource(string Resource) : ClusterAction
{
    public override string Key => "resource.unmanage";
    public override ActionScope Scope => ActionScope.Resource;
    public override Danger Danger => Danger.Disruptive;
    public override string Target => Resource;
    public override string Description => $"Unmanage {Resource}: the cluster stops starting, stopping and recovering it";
    public override string? InvalidReason => ResourceChecks.Invalid(Resource);

    private protected override CommandLine Build() => MetaAttribute.Set(Resource, "is-managed", "false");

    private protected override string? UnavailableReason(SnapshotFacts facts) =>
        ResourceChecks.Missing(facts, Resource)
        ?? (facts.IsUnmanaged(Resource) && !facts.MaintenanceMode ? $"{Resource} is already unmanaged" : null);
}
