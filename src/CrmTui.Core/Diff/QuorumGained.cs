namespace CrmTui.Core.Diff;

/// <summary>The DC reports quorum where it did not before.</summary>
public sealed record QuorumGained : ClusterEvent
{
    public override EventKind Kind => EventKind.QuorumGained;
    public override EventSubject SubjectKind => EventSubject.Cluster;
    public override string Subject => "quorum";
    public override string Describe() => "cluster: quorum gained";
}
