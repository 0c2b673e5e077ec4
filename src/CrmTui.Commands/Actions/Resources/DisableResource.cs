using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>Stops a resource and keeps it stopped: meta <c>target-role=Stopped</c>.</summary>
public sealed record DisableResource(string Resource) : ClusterAction
{
    public override string Key => "resource.disable";
    public override ActionScope Scope => ActionScope.Resource;
    public override Danger Danger => Danger.Disruptive;
    public override string Target => Resource;
    public override string Description => $"Disable {Resource}: stop it and keep it stopped (target-role Stopped)";
    public override string? InvalidReason => ResourceChecks.Invalid(Resource);

    private protected override CommandLine Build() => MetaAttribute.Set(Resource, "target-role", "Stopped");

    private protected override string? UnavailableReason(SnapshotFacts facts) =>
        ResourceChecks.Missing(facts, Resource)
        ?? (facts.IsDisabled(Resource) ? $"{Resource} is already disabled" : null);
}
