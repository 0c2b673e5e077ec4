namespace CrmTui.Core.Diff;

/// <summary>A Promoted instance on a node is now Unpromoted (or Started).</summary>
public sealed record ResourceDemoted(string Resource, string? CloneId, string Node) : ClusterEvent
{
    public override EventKind Kind => EventKind.ResourceDemoted;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node;
    public override string Describe() => $"{ResourceName.Of(Resource, CloneId)} demoted on {Node}";
}
