namespace CrmTui.Core.Diff;

/// <summary>
/// A failed action appeared in the failures list, or an existing one (same operation key and
/// node) was replaced by a newer call.
/// </summary>
public sealed record FailureAppeared(string Resource, string Node, string Task, string OpKey, string ExitStatus, string ExitReason, int Call) : ClusterEvent
{
    public override EventKind Kind => EventKind.FailureAppeared;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node + "/" + OpKey;
    public override string Describe() =>
        $"{Resource} {Task} failed on {Node} ({ExitStatus}{(ExitReason is "" or "none" ? "" : ": " + ExitReason)})";
}
