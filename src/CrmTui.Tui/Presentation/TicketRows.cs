using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>crm_mon's "Tickets" section (<c>c</c>): <c>ticketA: granted [standby] last-granted="…"</c>.</summary>
public static class TicketRows
{
    public static IEnumerable<ViewEntry> For(ClusterSnapshot snapshot)
    {
        yield return OperationRows.Heading("tickets", "Tickets");
        if (snapshot.Tickets.IsEmpty)
        {
            yield return OperationRows.Line("tickets:none", 1, new TextSpan("no tickets", StyleRole.Dim), null);
        }
        foreach (var ticket in snapshot.Tickets)
        {
            var text = $"{ticket.Id}: {ticket.Status ?? "?"}";
            if (ticket.Standby == true)
            {
                text += " [standby]";
            }
            if (ticket.LastGranted is { } last)
            {
                text += $" last-granted=\"{last.Raw}\"";
            }
            var role = ticket.Standby == true ? StyleRole.NodeStandby : ticket.Granted ? StyleRole.Success : StyleRole.ResourceStopped;
            yield return OperationRows.Line($"ticket:{ticket.Id}", 1, new TextSpan(text, role), new SelectedItem(SelectedKind.Ticket) { TicketId = ticket.Id });
        }
    }
}
