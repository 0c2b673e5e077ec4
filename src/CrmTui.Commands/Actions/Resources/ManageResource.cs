using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>
/// Hands a resource back to the cluster: meta <c>is-managed=true</c>. The cluster then probes it
/// and may start, stop or recover it to match its configuration.
/// </summary>
public sealed record ManageResource(string Resource) : ClusterAction
{
    public override string Key => "resource.manage";
    public override ActionScope Scope => ActionScope.Resource;
    public override Danger Danger => Danger.Disruptive;
    public override string Target => Resource;
    public override string Description => $"Manage {Resource} again (is-managed true)";
    public override string? InvalidReason => ResourceChecks.Invalid(Resource);

    private protected override CommandLine Build() => MetaAttribute.Set(Resource, "is-managed", "true");

    private protected override string? UnavailableReason(SnapshotFacts facts) =>
        ResourceChecks.Missing(facts, Resource)
        ?? (facts.IsUnmanaged(Resource) ? null : $"{Resource} is already managed");
}
