namespace CrmTui.Core.Diff;

/// <summary>A resource's fail-count on a node went down, usually to 0 after a cleanup.</summary>
public sealed record FailCountReset(string Resource, string Node, string From, string To) : ClusterEvent
{
    public override EventKind Kind => EventKind.FailCountReset;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node;
    public override string Describe() => $"fail-count of {Resource} on {Node} reset {From} → {To}";
}
