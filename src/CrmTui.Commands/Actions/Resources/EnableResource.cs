using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>Lets the cluster start a resource again: meta <c>target-role=Started</c> (which for a
/// promotable clone also allows promotion).</summary>
public sealed record EnableResource(string Resource) : ClusterAction
{
    public override string Key => "resource.enable";
    public override ActionScope Scope => ActionScope.Resource;
    public override Danger Danger => Danger.Safe;
    public override string Target => Resource;
    public override string Description => $"Enable {Resource} (target-role Started)";
    public override string? InvalidReason => ResourceChecks.Invalid(Resource);

    private protected override CommandLine Build() => MetaAttribute.Set(Resource, "target-role", "Started");

    private protected override string? UnavailableReason(SnapshotFacts facts) =>
        ResourceChecks.Missing(facts, Resource)
        ?? (facts.IsDisabled(Resource) ? null : $"{Resource} is not disabled");
}
