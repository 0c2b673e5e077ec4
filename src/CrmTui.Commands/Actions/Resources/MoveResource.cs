using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>
/// Moves a resource by adding a location constraint (<c>crm_resource --move --resource=R
/// [--node=N] [--lifetime=P] [--promoted]</c>). With a node it prefers that node; without one it
/// bans the node the resource runs on now. The constraint stays until it expires (lifetime) or
/// is removed with <see cref="ClearResource"/>.
/// </summary>
/// <param name="ToNode">Target node; null moves it away from where it runs.</param>
/// <param name="Lifetime">ISO 8601 duration (<c>PT30M</c>) after which the constraint expires.</param>
/// <param name="Promoted">Move only the promoted role of a promotable clone.</param>
public sealed record MoveResource(string Resource, string? ToNode = null, string? Lifetime = null, bool Promoted = false)
    : ClusterAction
{
    public override string Key => "resource.move";
    public override ActionScope Scope => ActionScope.Resource;
    public override Danger Danger => Danger.Disruptive;
    public override string Target => Resource;

    public override string Description
    {
        get
        {
            var what = Promoted ? $"the promoted role of {Resource}" : Resource;
            var where = ToNode is null ? "away from its current node" : $"to {ToNode}";
            var until = Lifetime is null ? "" : $" for {Lifetime}";
            return $"Move {what} {where}{until}";
        }
    }

    public override string? InvalidReason => ResourceChecks.Invalid(Resource, ToNode, Lifetime);

    private protected override CommandLine Build() => Tools.CrmResource()
        .Flag("--move").Option("--resource", Resource).OptionIf("--node", ToNode)
        .OptionIf("--lifetime", Lifetime).FlagIf(Promoted, "--promoted").Build();

    private protected override string? UnavailableReason(SnapshotFacts facts)
    {
        if (ResourceChecks.Missing(facts, Resource, ToNode) is { } missing)
            return missing;
        if (Promoted && !facts.IsPromotable(Resource))
            return $"{Resource} is not promotable";
        var current = Promoted ? facts.NodesPromoted(Resource) : facts.NodesRunning(Resource);
        var state = Promoted ? "promoted" : "running";
        if (ToNode is null)
        {
            if (current.IsEmpty)
                return $"{Resource} is not {state} anywhere";
            if (current.Length > 1)
                return $"{Resource} is {state} on {current.Length} nodes; choose a target node";
            return null;
        }
        if (facts.Node(ToNode) is { Online: false })
            return Reasons.NodeOffline(ToNode);
        if (current.Length == 1 && current[0] == ToNode)
            return $"{Resource} is already {state} on {ToNode}";
        return null;
    }
}
