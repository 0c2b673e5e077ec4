using CrmTui.Core.Model;

namespace CrmTui.Core.Diff;

/// <summary>
/// The resource tree flattened for comparison. Instances of an anonymous clone are
/// interchangeable (Pacemaker renumbers them freely), so they are keyed by their base id and
/// told apart only by node and role; everything else is keyed by its id as written.
/// </summary>
internal sealed class ResourceInstances
{
    /// <summary>Per resource key: the enclosing clone and, per node, the roles active there.</summary>
    public Dictionary<string, Placement> Placements { get; } = new(StringComparer.Ordinal);

    /// <summary>(resource key, node) of every instance marked failed; node is empty when stopped.</summary>
    public HashSet<(string Resource, string Node)> Failed { get; } = [];

    /// <summary>Per item key (any kind of item): managed (false if any instance is unmanaged), target-role, parent key.</summary>
    public Dictionary<string, ItemState> Items { get; } = new(StringComparer.Ordinal);

    public static ResourceInstances Of(ClusterSnapshot snapshot)
    {
        var result = new ResourceInstances();
        foreach (var item in snapshot.Resources)
        {
            result.Walk(item, parent: null, clone: null, anonymous: false);
        }

        return result;
    }

    private void Walk(ResourceItem item, string? parent, string? clone, bool anonymous)
    {
        var key = anonymous ? StripInstance(item.Id) : item.Id;
        switch (item)
        {
            case PrimitiveResource p:
                AddItem(key, parent, p.Managed, p.TargetRole);
                AddPrimitive(p, key, clone, anonymous);
                return;
            case CloneResource c:
                AddItem(key, parent, c.Managed, c.TargetRole);
                foreach (var child in c.Children)
                {
                    Walk(child, key, key, anonymous || !c.Unique);
                }

                return;
            case GroupResource g:
                AddItem(key, parent, g.Managed, null);
                break;
            case BundleResource b:
                AddItem(key, parent, b.Managed, null);
                break;
            default:
                // Replicas and unknown items carry no state of their own; their children do.
                break;
        }

        foreach (var child in item.ChildItems)
        {
            Walk(child, item is BundleReplica or UnknownResourceItem ? parent : key, clone, anonymous);
        }
    }

    private void AddItem(string key, string? parent, bool managed, string? targetRole)
    {
        if (Items.TryGetValue(key, out var existing))
        {
            Items[key] = existing with { Managed = existing.Managed && managed };
        }
        else
        {
            Items.Add(key, new ItemState(parent, managed, targetRole));
        }
    }

    private void AddPrimitive(PrimitiveResource p, string key, string? clone, bool anonymous)
    {
        if (!Placements.TryGetValue(key, out var placement))
        {
            placement = new Placement(clone, anonymous);
            Placements.Add(key, placement);
        }

        var role = RoleText(p);
        if (p.Nodes.IsDefaultOrEmpty)
        {
            if (p.Failed)
            {
                Failed.Add((key, ""));
            }

            return;
        }

        foreach (var node in p.Nodes)
        {
            if (!placement.Roles.TryGetValue(node.Name, out var roles))
            {
                roles = [];
                placement.Roles.Add(node.Name, roles);
            }

            roles.Add(role);
            if (p.Failed)
            {
                Failed.Add((key, node.Name));
            }
        }
    }

    public static string RoleText(PrimitiveResource p) => p.Role == ResourceRole.Unknown ? p.RoleText : p.Role.ToString();

    /// <summary><c>rsc:1</c> → <c>rsc</c>; anything else unchanged.</summary>
    public static string StripInstance(string id)
    {
        var colon = id.LastIndexOf(':');
        if (colon <= 0 || colon == id.Length - 1)
        {
            return id;
        }

        for (var i = colon + 1; i < id.Length; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return id;
            }
        }

        return id[..colon];
    }
}
