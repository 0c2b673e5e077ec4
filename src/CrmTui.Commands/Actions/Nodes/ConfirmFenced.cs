using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Nodes;

/// <summary>
/// Tells the cluster a node is safely down without fencing it (<c>stonith_admin --confirm=N</c>),
/// for when fencing failed and an operator has powered the node off by hand. Confirming a node
/// that is in fact still running invites split brain, hence destructive and offered only for a
/// node the cluster does not see online.
/// </summary>
public sealed record ConfirmFenced(string Node) : ClusterAction
{
    public override string Key => "node.confirm-fenced";
    public override ActionScope Scope => ActionScope.Node;
    public override Danger Danger => Danger.Destructive;
    public override string Target => Node;
    public override string Description => $"Tell the cluster node {Node} is safely down (manual fencing confirmation)";
    public override string? InvalidReason => Names.Problem("node", Node);

    private protected override CommandLine Build() => Tools.StonithAdmin().Option("--confirm", Node).Build();

    private protected override string? UnavailableReason(SnapshotFacts facts) => facts.Node(Node) switch
    {
        null => Reasons.NoSuchNode(Node),
        { Online: true, Unclean: false } => $"{Node} is online; only confirm a node you know is down",
        _ => null,
    };
}
