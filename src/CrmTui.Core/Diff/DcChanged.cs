namespace CrmTui.Core.Diff;

/// <summary>The designated controller changed; null means no DC.</summary>
public sealed record DcChanged(string? From, string? To) : ClusterEvent
{
    public override EventKind Kind => EventKind.DcChanged;
    public override EventSubject SubjectKind => EventSubject.Cluster;
    public override string Subject => "dc";
    public override string Describe() => $"DC: {From ?? "none"} → {To ?? "none"}";
}
