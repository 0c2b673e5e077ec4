namespace CrmTui.Core.Diff;

/// <summary>A node attribute appeared.</summary>
public sealed record NodeAttributeAdded(string Node, string Name, string Value) : ClusterEvent
{
    public override EventKind Kind => EventKind.NodeAttributeAdded;
    public override EventSubject SubjectKind => EventSubject.Node;
    public override string Subject => Node;
    public override string Detail => Name;
    public override string Describe() => $"{Node}: attribute {Name} = {Value}";
}
