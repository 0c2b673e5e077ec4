using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Commands;

/// <summary>
/// The questions actions ask about a snapshot, answered in one place. Resource names follow
/// crm_resource: a top-level id (<c>web-group</c>, <c>db-clone</c>), a member's id, or a clone
/// child's base id without the <c>:N</c> instance suffix.
/// </summary>
internal sealed class SnapshotFacts(ClusterSnapshot snapshot)
{
    public ClusterSnapshot Snapshot { get; } = snapshot;

    public ClusterNode? Node(string name) => Snapshot.Nodes.FirstOrDefault(n => n.Name == name);

    public bool MaintenanceMode => Snapshot.Summary?.Options?.MaintenanceMode ?? false;

    public bool HasFenceDevice => AllItems().OfType<PrimitiveResource>().Any(p => p.IsStonith);

    public Ticket? Ticket(string id) => Snapshot.Tickets.FirstOrDefault(t => t.Id == id);

    /// <summary>Every item that answers to <paramref name="id"/> (several for clone instances).</summary>
    public ImmutableArray<ResourceItem> Resource(string id) =>
        [.. AllItems().Where(r => r.Id == id || (r is PrimitiveResource p && p.BaseId == id) || BaseOf(r.Id) == id)];

    /// <summary>The first match, preferring the outermost (a clone over its instances).</summary>
    public ResourceItem? FirstResource(string id) => Resource(id).FirstOrDefault();

    /// <summary>Distinct nodes where the resource (or any primitive under it) is active.</summary>
    public ImmutableArray<string> NodesRunning(string id) =>
        [.. Resource(id).SelectMany(Primitives).Where(p => p.Active).SelectMany(p => p.Nodes)
            .Select(n => n.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Nodes where an instance of the resource runs in the promoted role.</summary>
    public ImmutableArray<string> NodesPromoted(string id) =>
        [.. Resource(id).SelectMany(Primitives).Where(p => p.Role == ResourceRole.Promoted).SelectMany(p => p.Nodes)
            .Select(n => n.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>True when the resource is, or belongs to, a promotable clone.</summary>
    public bool IsPromotable(string id) =>
        Snapshot.Resources.Any(top => IsPromotableIn(top, id, insidePromotable: false));

    /// <summary>target-role is Stopped on the named item (what <c>disable</c> sets).</summary>
    public bool IsDisabled(string id) => Resource(id).Any(r => r switch
    {
        PrimitiveResource p => string.Equals(p.TargetRole, "Stopped", StringComparison.OrdinalIgnoreCase),
        GroupResource g => g.Disabled,
        CloneResource c => c.Disabled || string.Equals(c.TargetRole, "Stopped", StringComparison.OrdinalIgnoreCase),
        _ => false,
    });

    /// <summary>The named item is not managed by the cluster (is-managed=false, or maintenance).</summary>
    public bool IsUnmanaged(string id) => Resource(id).Any(r => r switch
    {
        PrimitiveResource p => !p.Managed,
        GroupResource g => !g.Managed,
        CloneResource c => !c.Managed,
        BundleResource b => !b.Managed,
        _ => false,
    });

    public ImmutableArray<FailedAction> Failures => Snapshot.Failures;

    private IEnumerable<ResourceItem> AllItems()
    {
        var stack = new Stack<ResourceItem>(Snapshot.Resources.Reverse());
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            yield return item;
            foreach (var child in item.ChildItems.Reverse())
                stack.Push(child);
        }
    }

    private static IEnumerable<PrimitiveResource> Primitives(ResourceItem item) => item switch
    {
        PrimitiveResource p => [p],
        _ => item.ChildItems.SelectMany(Primitives),
    };

    private static bool IsPromotableIn(ResourceItem item, string id, bool insidePromotable)
    {
        var promotable = insidePromotable || item is CloneResource { MultiState: true };
        if (promotable && (item.Id == id || BaseOf(item.Id) == id))
            return true;
        return item.ChildItems.Any(c => IsPromotableIn(c, id, promotable));
    }

    // "grp:0" (a group instance inside a clone) answers to "grp", like crm_resource does.
    private static string BaseOf(string id)
    {
        var colon = id.LastIndexOf(':');
        return colon > 0 && colon < id.Length - 1 && id[(colon + 1)..].All(char.IsAsciiDigit) ? id[..colon] : id;
    }
}
