namespace CrmTui.Core.Diff;

/// <summary>A granted ticket is revoked (or gone from the list).</summary>
public sealed record TicketRevoked(string Ticket) : ClusterEvent
{
    public override EventKind Kind => EventKind.TicketRevoked;
    public override EventSubject SubjectKind => EventSubject.Ticket;
    public override string Subject => Ticket;
    public override string Describe() => $"ticket {Ticket} revoked";
}
