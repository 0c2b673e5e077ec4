using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Tickets;

/// <summary>
/// Revokes a ticket from this site (<c>crm_ticket --ticket=T --revoke --force</c>): resources
/// that depend on it stop, and its <c>loss-policy</c> may fence nodes. crm_ticket wants
/// <c>--force</c> for that; the confirmation policy stands in for it.
/// </summary>
public sealed record RevokeTicket(string Ticket) : ClusterAction
{
    public override string Key => "ticket.revoke";
    public override ActionScope Scope => ActionScope.Ticket;
    public override Danger Danger => Danger.Destructive;
    public override string Target => Ticket;
    public override string Description => $"Revoke ticket {Ticket} from this site (its loss-policy applies)";
    public override string? InvalidReason => Names.Problem("ticket", Ticket);

    private protected override CommandLine Build() =>
        Tools.CrmTicket().Option("--ticket", Ticket).Flag("--revoke").Flag("--force").Build();

    private protected override string? UnavailableReason(SnapshotFacts facts) => facts.Ticket(Ticket) switch
    {
        null => $"no ticket named {Ticket}",
        { Granted: false } => $"ticket {Ticket} is not granted",
        _ => null,
    };
}
