using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Nodes;

/// <summary>
/// Takes a node out of standby by deleting the <c>standby</c> attribute of the given lifetime.
/// Standby set "until reboot" lives in another section than "forever" standby, so the lifetime
/// must match the one it was set with; the transient one wins when both exist.
/// </summary>
public sealed record UnstandbyNode(string Node, AttributeLifetime Lifetime = AttributeLifetime.Forever) : ClusterAction
{
    public override string Key => "node.unstandby";
    public override ActionScope Scope => ActionScope.Node;
    public override Danger Danger => Danger.Safe;
    public override string Target => Node;

    public override string Description => Lifetime == AttributeLifetime.Reboot
        ? $"Take node {Node} out of standby (the until-reboot standby)"
        : $"Take node {Node} out of standby";

    public override string? InvalidReason => Names.Problem("node", Node);

    private protected override CommandLine Build() => Tools.CrmAttribute()
        .Option("--node", Node).Option("--name", "standby").Flag("--delete")
        .Option("--lifetime", Lifetime.ToArgument()).Build();

    private protected override string? UnavailableReason(SnapshotFacts facts) => facts.Node(Node) switch
    {
        null => Reasons.NoSuchNode(Node),
        { Standby: false } => $"{Node} is not in standby",
        _ => null,
    };
}
