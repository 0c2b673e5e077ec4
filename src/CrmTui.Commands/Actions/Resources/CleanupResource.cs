using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>
/// Clears a resource's failures and fail count, everywhere or on one node
/// (<c>crm_resource --cleanup --resource=R [--node=N]</c>). For a group member or clone
/// instance, Pacemaker cleans up the whole group or clone.
/// </summary>
public sealed record CleanupResource(string Resource, string? Node = null) : ClusterAction
{
    public override string Key => "resource.cleanup";
    public override ActionScope Scope => ActionScope.Resource;
    public override Danger Danger => Danger.Safe;
    public override string Target => Resource;

    public override string Description => Node is null
        ? $"Clean up the failures of {Resource}"
        : $"Clean up the failures of {Resource} on {Node}";

    public override string? InvalidReason => ResourceChecks.Invalid(Resource, Node);

    private protected override CommandLine Build() => Tools.CrmResource()
        .Flag("--cleanup").Option("--resource", Resource).OptionIf("--node", Node).Build();

    private protected override string? UnavailableReason(SnapshotFacts facts) =>
        ResourceChecks.Missing(facts, Resource, Node);
}
