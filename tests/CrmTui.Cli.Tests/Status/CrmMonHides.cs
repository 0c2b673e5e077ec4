using CrmTui.Core.Model;

namespace CrmTui.Cli.Tests.Status;

/// <summary>
/// What crm_mon 2.1.5's text leaves out and crmtui deliberately shows, so the fact comparison
/// leaves it out on both sides (and only that):
/// <list type="bullet">
/// <item>Guest nodes that are offline: crm_mon lists no <c>GuestOFFLINE</c>; it hides the node and
/// every instance placed on it. crmtui keeps them, because a failed instance on a dead guest is
/// exactly what an operator needs to see.</item>
/// <item>A guest node's implicit connection resource (<c>ocf:pacemaker:remote</c> named after the
/// guest): crm_mon hides it without <c>--show-detail</c>.</item>
/// </list>
/// </summary>
internal sealed class CrmMonHides
{
    private readonly HashSet<string> _nodes;
    private readonly HashSet<string> _resources;

    private CrmMonHides(HashSet<string> nodes, HashSet<string> resources)
    {
        _nodes = nodes;
        _resources = resources;
    }

    public static CrmMonHides For(ClusterSnapshot snapshot)
    {
        var guests = snapshot.Nodes.Where(n => n.IsGuest).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var offlineGuests = snapshot.Nodes.Where(n => n.IsGuest && !n.Online).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var connections = snapshot.Resources.OfType<PrimitiveResource>()
            .Where(p => p.Agent == "ocf:pacemaker:remote" && guests.Contains(p.Id))
            .Select(p => p.Id)
            .ToHashSet(StringComparer.Ordinal);
        return new CrmMonHides(offlineGuests, connections);
    }

    public TextFacts Filter(TextFacts facts)
    {
        var kept = new TextFacts();
        kept.Nodes.UnionWith(facts.Nodes.Where(f => !_nodes.Contains(f.Split('|')[0])));
        kept.Resources.UnionWith(facts.Resources.Where(f => f.Split('|') is var parts && !_resources.Contains(parts[0]) && !_nodes.Contains(parts[2])));
        kept.Failures.AddRange(facts.Failures);
        return kept;
    }
}
