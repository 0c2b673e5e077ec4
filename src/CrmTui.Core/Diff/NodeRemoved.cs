namespace CrmTui.Core.Diff;

/// <summary>A node left the node list (removed from the configuration).</summary>
public sealed record NodeRemoved(string Node) : ClusterEvent
{
    public override EventKind Kind => EventKind.NodeRemoved;
    public override EventSubject SubjectKind => EventSubject.Node;
    public override string Subject => Node;
    public override string Describe() => $"{Node}: removed";
}
