namespace CrmTui.Core.Diff;

/// <summary>A failed action left the failures list (cleaned up, or expired by failure-timeout).</summary>
public sealed record FailureCleared(string Resource, string Node, string Task, string OpKey) : ClusterEvent
{
    public override EventKind Kind => EventKind.FailureCleared;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node + "/" + OpKey;
    public override string Describe() => $"{Resource} {Task} failure on {Node} cleared";
}
