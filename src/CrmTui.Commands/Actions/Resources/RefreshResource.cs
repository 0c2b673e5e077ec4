using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>
/// Forgets a resource's operation history (failures included) so the cluster re-probes it
/// (<c>crm_resource --refresh --resource=R [--node=N]</c>).
/// </summary>
public sealed record RefreshResource(string Resource, string? Node = null) : ClusterAction
{
    public override string Key => "resource.refresh";
    public override ActionScope Scope => ActionScope.Resource;
    public override Danger Danger => Danger.Safe;
    public override string Target => Resource;

    public override string Description => Node is null
        ? $"Refresh {Resource}: forget its history and re-probe its state"
        : $"Refresh {Resource} on {Node}: forget its history there and re-probe";

    public override string? InvalidReason => ResourceChecks.Invalid(Resource, Node);

    private protected override CommandLine Build() => Tools.CrmResource()
        .Flag("--refresh").Option("--resource", Resource).OptionIf("--node", Node).Build();

    private protected override string? UnavailableReason(SnapshotFacts facts) =>
        ResourceChecks.Missing(facts, Resource, Node);
}
