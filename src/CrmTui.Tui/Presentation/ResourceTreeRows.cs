using System.Collections.Immutable;
using CrmTui.Core.Describe;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// The resource tree in crm_mon's order: groups, clones (one row per instance, so a promotable
/// clone shows Promoted/Unpromoted per node) and bundles with their replicas (ip, container,
/// primitive, remote). Without <c>r</c> only what runs (or failed) is listed, as crm_mon's
/// "Active Resources". Brief (<c>b</c>) collapses like <c>crm_mon --brief</c>: primitives and
/// group members count by agent, clone instances merge into "Started: [ n1 n2 ]" lines, and a
/// replica is one line.
/// </summary>
internal static class ResourceTreeRows
{
    public static void Add(ResourceRowBuilder b)
    {
        var items = b.Snapshot.Resources.Where(i => Shown(b, i)).ToList();
        if (b.Options.Brief)
        {
            BriefPrimitives(b, items.OfType<PrimitiveResource>(), 0, "");
            items.RemoveAll(i => i is PrimitiveResource);
        }
        foreach (var item in items)
        {
            Item(b, item, 0, []);
        }
    }

    private static bool Shown(ResourceRowBuilder b, ResourceItem item) =>
        (b.Options.Inactive || ResourceCells.HasActive(item) || item is BundleReplica)
        // A stopped orphan is a clone slot Pacemaker no longer needs: crm_mon leaves it out.
        && item is not PrimitiveResource { Orphaned: true, Active: false, Role: ResourceRole.Stopped };

    private static void Item(ResourceRowBuilder b, ResourceItem item, int depth, ImmutableArray<ResourceItem> parents)
    {
        var inner = parents.Add(item);
        switch (item)
        {
            case PrimitiveResource p:
                b.Primitive(p, depth, parents);
                break;
            case GroupResource g:
                b.Container(g, depth, parents, "group", ResourceCells.Flags(!g.Managed, g.Disabled, g.Maintenance), SelectedKind.Group);
                if (b.Options.Brief)
                {
                    BriefPrimitives(b, g.Children.OfType<PrimitiveResource>(), depth + 1, g.Id, g.Children.Length);
                }
                else
                {
                    Children(b, g.Children, depth + 1, inner);
                }
                break;
            case CloneResource c:
                b.Container(c, depth, parents, ResourceCells.CloneType(c), ResourceCells.Flags(!c.Managed, c.Disabled, c.Maintenance), SelectedKind.Clone);
                if (b.Options.Brief)
                {
                    BriefClone(b, c, depth + 1, parents);
                }
                else
                {
                    Children(b, c.Children, depth + 1, inner);
                }
                break;
            case BundleResource bundle:
                b.Container(bundle, depth, parents, $"bundle {bundle.Image}", ResourceCells.Flags(!bundle.Managed, false, bundle.Maintenance), SelectedKind.Bundle);
                Children(b, bundle.Replicas, depth + 1, inner);
                break;
            case BundleReplica r:
                Replica(b, r, depth, parents);
                if (!b.Options.Brief)
                {
                    Children(b, r.Resources, depth + 1, inner);
                }
                break;
            default:
                b.Line($"unknown:{item.Id}", [new TextSpan(new string(' ', depth * 2) + $"{item.Kind} {item.Id} (not understood by this crmtui version)", StyleRole.Dim)], null);
                break;
        }
    }

    private static void Children(ResourceRowBuilder b, IEnumerable<ResourceItem> children, int depth, ImmutableArray<ResourceItem> parents)
    {
        foreach (var child in children.Where(c => Shown(b, c)))
        {
            Item(b, child, depth, parents);
        }
    }

    /// <summary>crm_mon's one-line replica: remote (or container) name with the IP, the bundled primitive's role, the container's node.</summary>
    private static void Replica(ResourceRowBuilder b, BundleReplica r, int depth, ImmutableArray<ResourceItem> parents)
    {
        var shown = r.Primitive ?? r.Container;
        var name = r.RemoteConnection?.Id ?? r.Container?.Id ?? $"Replica[{r.Id}]";
        if (r.IpAddress is { } ip && ip.Id.LastIndexOf("-ip-", StringComparison.Ordinal) is var at and >= 0)
        {
            name += $" ({ip.Id[(at + 4)..]})";
        }
        var node = r.Container?.NodeName;
        var state = shown is null ? new TextSpan("") : new TextSpan(ResourceCells.State(shown), ResourceCells.RoleStyle(shown));
        var bundle = parents.IsDefaultOrEmpty ? r.Id : parents[^1].Id;
        b.Container(r, depth, parents, shown?.Agent ?? "replica", "", SelectedKind.Replica, name, state, node, bundle);
    }

    // crm_mon --brief: "2/3 (ocf:pacemaker:Dummy): Active node1" per agent; at top level just the count.
    private static void BriefPrimitives(ResourceRowBuilder b, IEnumerable<PrimitiveResource> primitives, int depth, string owner, int? total = null)
    {
        foreach (var byAgent in primitives.GroupBy(p => p.Agent).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = byAgent.Where(p => b.Options.Inactive || ResourceCells.IsActive(p)).ToList();
            var active = list.Where(ResourceCells.IsActive).ToList();
            if (list.Count == 0)
            {
                continue;
            }
            var count = total is null ? $"{active.Count}" : $"{active.Count}/{byAgent.Count()}";
            var nodes = string.Join(" ", active.SelectMany(p => p.Nodes.Select(n => n.Name)).Distinct());
            var state = active.Any(p => p.Failed) ? new TextSpan("FAILED", StyleRole.ResourceFailed)
                : active.Count > 0 ? new TextSpan("Active", StyleRole.ResourceStarted)
                : new TextSpan("Stopped", StyleRole.ResourceStopped);
            var target = list.Count == 1 ? new SelectedItem(SelectedKind.Primitive, list[0].Id, list[0].NodeName) { Item = list[0] } : null;
            b.Summary($"brief:{owner}:{byAgent.Key}", count, depth, state, nodes, byAgent.Key, target);
        }
    }

    // crm_mon's clone lines: instances with the same state merge into "Started: [ n1 n2 ]".
    private static void BriefClone(ResourceRowBuilder b, CloneResource c, int depth, ImmutableArray<ResourceItem> parents)
    {
        var agent = ResourceCells.Primitives(c).FirstOrDefault()?.Agent ?? "";
        var lines = c.Children
            .Where(i => Shown(b, i))
            .Select(i => (Instance: i, State: InstanceState(i), Node: ResourceCells.Primitives(i).FirstOrDefault(p => p.NodeName is not null)?.NodeName))
            .GroupBy(x => x.State.Text);
        foreach (var line in lines)
        {
            var nodes = line.Where(x => x.Node is not null).Select(x => x.Node!).Order(StringComparer.Ordinal).ToList();
            var stopped = line.Count(x => x.Node is null);
            var where = nodes.Count > 0 ? $"[ {string.Join(" ", nodes)} ]" : $"{stopped} instance{(stopped == 1 ? "" : "s")}";
            b.Summary($"brief:{c.Id}:{line.Key}", ResourceCells.BaseId(c.Children[0].Id), depth, line.First().State, where, agent,
                new SelectedItem(SelectedKind.Clone, c.Id) { Item = c, Parents = parents });
        }
    }

    private static TextSpan InstanceState(ResourceItem instance)
    {
        if (instance is PrimitiveResource p)
        {
            return new TextSpan(ResourceCells.State(p), ResourceCells.RoleStyle(p));
        }
        var members = ResourceCells.Primitives(instance).ToList();
        return members.Any(m => m.Failed) ? new TextSpan("FAILED", StyleRole.ResourceFailed)
            : members.Count > 0 && members.All(ResourceCells.IsActive) ? new TextSpan(RoleText.Of(members[0]), ResourceCells.RoleStyle(members[0]))
            : members.Any(ResourceCells.IsActive) ? new TextSpan("Partially active", StyleRole.ResourceFailed)
            : new TextSpan("Stopped", StyleRole.ResourceStopped);
    }
}
