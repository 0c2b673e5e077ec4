namespace CrmTui.Core.Diff;

/// <summary>A node appeared in the node list.</summary>
public sealed record NodeAdded(string Node, NodeFlags State) : ClusterEvent
{
    public override EventKind Kind => EventKind.NodeAdded;
    public override EventSubject SubjectKind => EventSubject.Node;
    public override string Subject => Node;
    public override string Describe() => $"{Node}: added ({State.Text})";
}
