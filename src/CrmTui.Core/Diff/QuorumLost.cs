namespace CrmTui.Core.Diff;

/// <summary>The DC reports no quorum where it had one before.</summary>
public sealed record QuorumLost : ClusterEvent
{
    public override EventKind Kind => EventKind.QuorumLost;
    public override EventSubject SubjectKind => EventSubject.Cluster;
    public override string Subject => "quorum";
    public override string Describe() => "cluster: quorum lost";
}
