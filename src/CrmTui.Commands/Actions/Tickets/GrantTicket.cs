using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Tickets;

/// <summary>
/// Grants a ticket to this site (<c>crm_ticket --ticket=T --grant --force</c>). crm_ticket
/// refuses without <c>--force</c> because it cannot check that no other site holds the ticket;
/// crmtui asks that question through the confirmation policy instead, hence destructive.
/// </summary>
public sealed record GrantTicket(string Ticket) : ClusterAction
{
    public override string Key => "ticket.grant";
    public override ActionScope Scope => ActionScope.Ticket;
    public override Danger Danger => Danger.Destructive;
    public override string Target => Ticket;
    public override string Description => $"Grant ticket {Ticket} to this site (make sure no other site holds it)";
    public override string? InvalidReason => Names.Problem("ticket", Ticket);

    private protected override CommandLine Build() =>
        Tools.CrmTicket().Option("--ticket", Ticket).Flag("--grant").Flag("--force").Build();

    // A ticket crm_mon has never seen can still be granted: granting creates it.
    private protected override string? UnavailableReason(SnapshotFacts facts) =>
        facts.Ticket(Ticket) is { Granted: true } ? $"ticket {Ticket} is already granted" : null;
}
