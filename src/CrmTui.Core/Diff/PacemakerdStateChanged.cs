namespace CrmTui.Core.Diff;

/// <summary>pacemakerd's state changed (only compared when both snapshots carry it).</summary>
public sealed record PacemakerdStateChanged(string From, string To) : ClusterEvent
{
    public override EventKind Kind => EventKind.PacemakerdStateChanged;
    public override EventSubject SubjectKind => EventSubject.Cluster;
    public override string Subject => "pacemakerd";
    public override string Describe() => $"pacemakerd: {From} → {To}";
}
