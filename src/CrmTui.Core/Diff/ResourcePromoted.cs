namespace CrmTui.Core.Diff;

/// <summary>An instance on a node became Promoted (from Unpromoted or Started).</summary>
public sealed record ResourcePromoted(string Resource, string? CloneId, string Node) : ClusterEvent
{
    public override EventKind Kind => EventKind.ResourcePromoted;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node;
    public override string Describe() => $"{ResourceName.Of(Resource, CloneId)} promoted on {Node}";
}
