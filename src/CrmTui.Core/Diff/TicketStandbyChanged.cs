namespace CrmTui.Core.Diff;

/// <summary>A ticket's standby flag changed (absent counts as false).</summary>
public sealed record TicketStandbyChanged(string Ticket, bool Standby) : ClusterEvent
{
    public override EventKind Kind => EventKind.TicketStandbyChanged;
    public override EventSubject SubjectKind => EventSubject.Ticket;
    public override string Subject => Ticket;
    public override string Describe() => $"ticket {Ticket} {(Standby ? "in standby" : "out of standby")}";
}
