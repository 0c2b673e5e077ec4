using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>
/// Removes the constraints that move and ban created (<c>crm_resource --clear --resource=R
/// [--node=N] [--promoted]</c>), letting the resource go back where the cluster prefers it.
/// Always offered for an existing resource: crm_mon lists bans but not the positive "prefer"
/// constraints a move leaves, so the snapshot cannot tell whether there is anything to clear.
/// </summary>
public sealed record ClearResource(string Resource, string? Node = null, bool Promoted = false) : ClusterAction
{
    public override string Key => "resource.clear";
    public override ActionScope Scope => ActionScope.Resource;
    public override Danger Danger => Danger.Safe;
    public override string Target => Resource;

    public override string Description
    {
        get
        {
            var what = Promoted ? "promoted-role " : "";
            return Node is null
                ? $"Clear the {what}move and ban constraints of {Resource}"
                : $"Clear the {what}move and ban constraints of {Resource} on {Node}";
        }
    }

    public override string? InvalidReason => ResourceChecks.Invalid(Resource, Node);

    private protected override CommandLine Build() => Tools.CrmResource()
        .Flag("--clear").Option("--resource", Resource).OptionIf("--node", Node)
        .FlagIf(Promoted, "--promoted").Build();

    private protected override string? UnavailableReason(SnapshotFacts facts) =>
        ResourceChecks.Missing(facts, Resource, Node)
        ?? (Promoted && !facts.IsPromotable(Resource) ? $"{Resource} is not promotable" : null);
}
