namespace CrmTui.Core.Diff;

/// <summary>A node attribute disappeared (also when its node left the attribute list).</summary>
public sealed record NodeAttributeRemoved(string Node, string Name, string Value) : ClusterEvent
{
    public override EventKind Kind => EventKind.NodeAttributeRemoved;
    public override EventSubject SubjectKind => EventSubject.Node;
    public override string Subject => Node;
    public override string Detail => Name;
    public override string Describe() => $"{Node}: attribute {Name} removed (was {Value})";
}
