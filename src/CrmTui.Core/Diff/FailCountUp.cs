namespace CrmTui.Core.Diff;

/// <summary>A resource's fail-count on a node went up (absent counts as 0; INFINITY as 1000000, shown raw).</summary>
public sealed record FailCountUp(string Resource, string Node, string From, string To) : ClusterEvent
{
    public override EventKind Kind => EventKind.FailCountUp;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node;
    public override string Describe() => $"fail-count of {Resource} on {Node} up {From} → {To}";
}
