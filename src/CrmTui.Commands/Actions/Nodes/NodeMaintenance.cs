using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Nodes;

/// <summary>
/// Node maintenance on or off: the cluster stops (or resumes) monitoring and managing every
/// resource on that node. On sets the permanent <c>maintenance</c> node attribute; off deletes
/// it, as <c>pcs node unmaintenance</c> does.
/// </summary>
public sealed record NodeMaintenance(string Node, bool On) : ClusterAction
{
    public override string Key => On ? "node.maintenance-on" : "node.maintenance-off";
    public override ActionScope Scope => ActionScope.Node;
    public override Danger Danger => Danger.Disruptive;
    public override string Target => Node;

    public override string Description => On
        ? $"Put node {Node} in maintenance (its resources are left alone)"
        : $"Take node {Node} out of maintenance";

    public override string? InvalidReason => Names.Problem("node", Node);

    private protected override CommandLine Build()
    {
        var argv = Tools.CrmAttribute().Option("--node", Node).Option("--name", "maintenance");
        argv = On ? argv.Option("--update", "on") : argv.Flag("--delete");
        return argv.Option("--lifetime", "forever").Build();
    }

    private protected override string? UnavailableReason(SnapshotFacts facts) => facts.Node(Node) switch
    {
        null => Reasons.NoSuchNode(Node),
        { Maintenance: true } when On => $"{Node} is already in maintenance",
        { Maintenance: false } when !On => $"{Node} is not in maintenance",
        _ => null,
    };
}
