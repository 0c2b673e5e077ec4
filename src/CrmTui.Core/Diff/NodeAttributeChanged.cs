namespace CrmTui.Core.Diff;

/// <summary>A node attribute's value changed.</summary>
public sealed record NodeAttributeChanged(string Node, string Name, string From, string To) : ClusterEvent
{
    public override EventKind Kind => EventKind.NodeAttributeChanged;
    public override EventSubject SubjectKind => EventSubject.Node;
    public override string Subject => Node;
    public override string Detail => Name;
    public override string Describe() => $"{Node}: attribute {Name} {From} → {To}";
}
