namespace CrmTui.Core.Diff;

/// <summary>A ticket became granted.</summary>
public sealed record TicketGranted(string Ticket) : ClusterEvent
{
    public override EventKind Kind => EventKind.TicketGranted;
    public override EventSubject SubjectKind => EventSubject.Ticket;
    public override string Subject => Ticket;
    public override string Describe() => $"ticket {Ticket} granted";
}
