using System.CommandLine;
using CrmTui.Commands;
using CrmTui.Commands.Actions.Tickets;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary><c>crmtui ticket grant|revoke TICKET</c> (both destructive: they need <c>--yes</c>).</summary>
public static class TicketVerb
{
    public static Command Create(ActionVerbContext? context = null)
    {
        context ??= ActionVerbContext.Real;
        var ticket = new Command("ticket", "Grant or revoke a multi-site ticket at this site");
        ticket.Subcommands.Add(One(context, "grant", "Grant TICKET to this site (make sure no other site holds it; needs --yes)", t => new GrantTicket(t)));
        ticket.Subcommands.Add(One(context, "revoke", "Revoke TICKET from this site (its loss-policy applies; needs --yes)", t => new RevokeTicket(t)));
        return ticket;
    }

    private static Command One(ActionVerbContext context, string name, string description, Func<string, ClusterAction> action)
    {
        var ticketName = ActionCommand.Name("TICKET", "The ticket's name");
        return ActionCommand.Create(name, description, context,
            c => c.Arguments.Add(ticketName),
            p => action(p.GetValue(ticketName)!));
    }
}
