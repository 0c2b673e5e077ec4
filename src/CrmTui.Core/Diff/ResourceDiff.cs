using CrmTui.Core.Model;

namespace CrmTui.Core.Diff;

/// <summary>Resource placement, role, failed flag, managed and target-role changes.</summary>
internal static class ResourceDiff
{
    private static readonly Placement _nowhere = new(null, false);

    public static void Compare(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        var before = ResourceInstances.Of(previous);
        var after = ResourceInstances.Of(next);

        foreach (var (key, placement) in after.Placements)
        {
            ComparePlacement(key, before.Placements.GetValueOrDefault(key) ?? _nowhere, placement, into);
        }

        foreach (var (key, placement) in before.Placements)
        {
            if (!after.Placements.ContainsKey(key))
            {
                ComparePlacement(key, placement, new Placement(placement.CloneId, placement.AnonymousClone), into);
            }
        }

        CompareFailed(before, after, into);

        // Cluster maintenance-mode makes crm_mon report every resource unmanaged; that is one
        // event (the option), not one per resource.
        bool? maintenanceNow = previous.Summary?.Options?.MaintenanceMode is { } was
            && next.Summary?.Options?.MaintenanceMode is { } now && was != now ? now : null;
        CompareItems(before, after, maintenanceNow, into);
    }

    private static void ComparePlacement(string key, Placement from, Placement to, List<ClusterEvent> into)
    {
        if (SameRoles(from, to))
        {
            return; // the common case on every poll: nothing to pair up
        }

        var clone = to.CloneId ?? from.CloneId;
        var stops = new List<(string Node, string Role)>();
        var starts = new List<(string Node, string Role)>();
        foreach (var node in from.Roles.Keys.Union(to.Roles.Keys, StringComparer.Ordinal))
        {
            var gone = new List<string>(from.Roles.GetValueOrDefault(node) ?? []);
            var come = new List<string>(to.Roles.GetValueOrDefault(node) ?? []);
            foreach (var role in come.ToArray())
            {
                if (gone.Remove(role))
                {
                    come.Remove(role);
                }
            }

            gone.Sort(StringComparer.Ordinal);
            come.Sort(StringComparer.Ordinal);
            var paired = Math.Min(gone.Count, come.Count);
            for (var i = 0; i < paired; i++)
            {
                into.Add(RoleChange(key, clone, node, gone[i], come[i]));
            }

            stops.AddRange(gone.Skip(paired).Select(r => (node, r)));
            starts.AddRange(come.Skip(paired).Select(r => (node, r)));
        }

        // An anonymous clone's instances are interchangeable: one stopping on node1 while another
        // starts on node2 is not a move of anything, so only non-anonymous resources move.
        var anonymous = from.AnonymousClone || to.AnonymousClone;
        if (!anonymous && stops.Count == 1 && starts.Count == 1)
        {
            into.Add(new ResourceMoved(key, clone, stops[0].Node, starts[0].Node, starts[0].Role));
            return;
        }

        foreach (var (node, role) in stops)
        {
            into.Add(new ResourceStopped(key, clone, node, role));
        }

        foreach (var (node, role) in starts)
        {
            into.Add(new ResourceStarted(key, clone, node, role));
        }
    }

    private static bool SameRoles(Placement from, Placement to)
    {
        if (from.Roles.Count != to.Roles.Count)
        {
            return false;
        }

        foreach (var (node, roles) in to.Roles)
        {
            if (!from.Roles.TryGetValue(node, out var before) || before.Count != roles.Count)
            {
                return false;
            }

            // Usually one role per node; several only with clone-node-max > 1, in any order.
            if (roles.Count == 1 ? before[0] != roles[0] : !before.Order(StringComparer.Ordinal).SequenceEqual(roles.Order(StringComparer.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static ClusterEvent RoleChange(string key, string? clone, string node, string from, string to)
    {
        const string promoted = nameof(ResourceRole.Promoted);
        if (to == promoted && from != promoted)
        {
            return new ResourcePromoted(key, clone, node);
        }

        if (from == promoted && to is nameof(ResourceRole.Unpromoted) or nameof(ResourceRole.Started))
        {
            return new ResourceDemoted(key, clone, node);
        }

        return new ResourceRoleChanged(key, clone, node, from, to);
    }

    private static void CompareFailed(ResourceInstances before, ResourceInstances after, List<ClusterEvent> into)
    {
        foreach (var (resource, node) in after.Failed)
        {
            if (!before.Failed.Contains((resource, node)))
            {
                into.Add(new ResourceFailed(resource, CloneOf(after, resource), node));
            }
        }

        foreach (var (resource, node) in before.Failed)
        {
            if (!after.Failed.Contains((resource, node)))
            {
                into.Add(new ResourceRecovered(resource, CloneOf(before, resource), node));
            }
        }
    }

    private static string? CloneOf(ResourceInstances instances, string resource) =>
        instances.Placements.GetValueOrDefault(resource)?.CloneId;

    private static void CompareItems(ResourceInstances before, ResourceInstances after, bool? maintenanceNow, List<ClusterEvent> into)
    {
        // Only items present in both: a new or deleted resource is reported by its starts/stops.
        foreach (var (key, now) in after.Items)
        {
            if (!before.Items.TryGetValue(key, out var was))
            {
                continue;
            }

            if (was.Managed != now.Managed && maintenanceNow != !now.Managed && !ParentChanged(key, before, after, s => s.Managed == now.Managed))
            {
                into.Add(new ResourceManagedChanged(key, now.Managed));
            }

            if (!SameRole(was.TargetRole, now.TargetRole)
                && !ParentChanged(key, before, after, s => SameRole(s.TargetRole, now.TargetRole)))
            {
                into.Add(new TargetRoleChanged(key, was.TargetRole, now.TargetRole));
            }
        }
    }

    // True when an ancestor changed the same way: the child only inherited it (crm_mon copies
    // a clone's unmanaged state and target-role down to its instances).
    private static bool ParentChanged(string key, ResourceInstances before, ResourceInstances after, Func<ItemState, bool> sameAsChild)
    {
        for (var parent = after.Items[key].Parent; parent is not null; parent = after.Items[parent].Parent)
        {
            if (before.Items.TryGetValue(parent, out var was) && after.Items[parent] is var now
                && now != was && sameAsChild(now) && !sameAsChild(was))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameRole(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
