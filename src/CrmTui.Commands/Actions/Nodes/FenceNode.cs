using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Nodes;

/// <summary>
/// Fences a node through the cluster's fence devices: <c>stonith_admin --reboot=N</c> or
/// <c>--fence=N</c> (off). The tool waits for the result (up to its own 120 s default), so the
/// command's timeout is longer than that.
/// </summary>
public sealed record FenceNode(string Node, FenceMode Mode = FenceMode.Reboot) : ClusterAction
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(150);

    public override string Key => Mode == FenceMode.Off ? "node.fence-off" : "node.fence";
    public override ActionScope Scope => ActionScope.Node;
    public override Danger Danger => Danger.Destructive;
    public override string Target => Node;

    public override string Description => Mode == FenceMode.Off
        ? $"Fence node {Node}: power it off and leave it off"
        : $"Fence node {Node}: reboot it";

    public override string? InvalidReason => Names.Problem("node", Node);

    private protected override CommandLine Build() => Tools.StonithAdmin()
        .Option(Mode == FenceMode.Off ? "--fence" : "--reboot", Node).Timeout(CommandTimeout).Build();

    private protected override string? UnavailableReason(SnapshotFacts facts)
    {
        if (facts.Node(Node) is null)
            return Reasons.NoSuchNode(Node);
        if (!facts.HasFenceDevice)
            return "cluster has no fence device";
        return null;
    }
}
