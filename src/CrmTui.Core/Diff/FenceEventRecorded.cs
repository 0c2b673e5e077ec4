namespace CrmTui.Core.Diff;

/// <summary>
/// A new entry in the fence history, identified by target, action, completed time and status
/// (so a pending operation that completes is a second, new entry).
/// </summary>
public sealed record FenceEventRecorded(string Target, string Action, string Status, string? Completed, string Origin, string? Delegate, string? ExitReason) : ClusterEvent
{
    public override EventKind Kind => EventKind.FenceEventRecorded;
    public override EventSubject SubjectKind => EventSubject.Node;
    public override string Subject => Target;
    public override string Detail => Action + "/" + (Completed ?? "") + "/" + Status;
    public override string Describe() =>
        $"{Target}: fence {Action} {Status}"
        + (Delegate is { Length: > 0 } by ? " by " + by : "")
        + (Origin.Length > 0 ? " (requested by " + Origin + ")" : "")
        + (ExitReason is { Length: > 0 } why ? ": " + why : "");
}
