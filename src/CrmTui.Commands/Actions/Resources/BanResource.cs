using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>
/// Keeps a resource off a node with a -INFINITY location constraint (<c>crm_resource --ban
/// --resource=R [--node=N] [--lifetime=P] [--promoted]</c>). Without a node crm_resource bans
/// the node it runs on now (or the promoted instance's node). On a one-node cluster the
/// resource simply stops.
/// </summary>
public sealed record BanResource(string Resource, string? Node = null, string? Lifetime = null, bool Promoted = false)
    : ClusterAction
{
    public override string Key => "resource.ban";
    public override ActionScope Scope => ActionScope.Resource;
    public override Danger Danger => Danger.Disruptive;
    public override string Target => Resource;

    public override string Description
    {
        get
        {
            var what = Promoted ? $"the promoted role of {Resource}" : Resource;
            var where = Node is null ? "its current node" : Node;
            var until = Lifetime is null ? "" : $" for {Lifetime}";
            return $"Ban {what} from {where}{until}";
        }
    }

    public override string? InvalidReason => ResourceChecks.Invalid(Resource, Node, Lifetime);

    private protected override CommandLine Build() => Tools.CrmResource()
        .Flag("--ban").Option("--resource", Resource).OptionIf("--node", Node)
        .OptionIf("--lifetime", Lifetime).FlagIf(Promoted, "--promoted").Build();

    private protected override string? UnavailableReason(SnapshotFacts facts)
    {
        if (ResourceChecks.Missing(facts, Resource, Node) is { } missing)
            return missing;
        if (Promoted && !facts.IsPromotable(Resource))
            return $"{Resource} is not promotable";
        if (Node is not null)
        {
            var banned = facts.Snapshot.Bans.Any(b =>
                b.Resource == Resource && b.Node == Node && b.IsInfinite && b.PromotedOnly == Promoted);
            return banned ? $"{Resource} is already banned from {Node}" : null;
        }
        var current = Promoted ? facts.NodesPromoted(Resource) : facts.NodesRunning(Resource);
        var state = Promoted ? "promoted" : "running";
        if (current.IsEmpty)
            return $"{Resource} is not {state} anywhere; choose a node to ban it from";
        if (current.Length > 1)
            return $"{Resource} is {state} on {current.Length} nodes; choose a node to ban it from";
        return null;
    }
}
