using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Nodes;

/// <summary>
/// Puts a node in standby: its resources move away and none start there.
/// <c>crm_attribute --node=N --name=standby --update=on --lifetime=forever|reboot</c>;
/// a reboot lifetime writes the status section, so the standby ends when the node restarts.
/// </summary>
public sealed record StandbyNode(string Node, AttributeLifetime Lifetime = AttributeLifetime.Forever) : ClusterAction
{
    public override string Key => "node.standby";
    public override ActionScope Scope => ActionScope.Node;
    public override Danger Danger => Danger.Disruptive;
    public override string Target => Node;

    public override string Description => Lifetime == AttributeLifetime.Reboot
        ? $"Put node {Node} in standby until it reboots"
        : $"Put node {Node} in standby";

    public override string? InvalidReason => Names.Problem("node", Node);

    private protected override CommandLine Build() => Tools.CrmAttribute()
        .Option("--node", Node).Option("--name", "standby").Option("--update", "on")
        .Option("--lifetime", Lifetime.ToArgument()).Build();

    private protected override string? UnavailableReason(SnapshotFacts facts)
    {
        if (facts.Node(Node) is not { } node)
            return Reasons.NoSuchNode(Node);
        if (node.Standby)
            return $"{Node} is already in standby";
        // A reboot-lifetime attribute lives in the node's status section, which only a
        // running node has.
        if (Lifetime == AttributeLifetime.Reboot && !node.Online)
            return $"{Node} is offline; standby until reboot needs a running node";
        return null;
    }
}
