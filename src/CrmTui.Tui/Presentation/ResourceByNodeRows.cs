using System.Collections.Immutable;
using CrmTui.Core.Describe;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// Resources grouped by node (<c>n</c>), as <c>crm_mon --group-by-node</c>: a "Node X: state" line
/// per node, then the instances running there (with the group, clone or bundle they belong to);
/// with <c>r</c>, the instances that run nowhere under "Inactive Resources". Brief counts them by
/// agent. crm_mon's own grouping needs <c>--group-by-node</c> at query time; this is computed from
/// the resource tree, so one poll serves every layout.
/// </summary>
internal static class ResourceByNodeRows
{
    public static void Add(ResourceRowBuilder b)
    {
        var instances = b.Snapshot.AllPrimitives()
            .Where(i => i.Resource is not { Orphaned: true, Active: false, Role: ResourceRole.Stopped })
            .ToList();
        foreach (var node in b.Snapshot.Nodes)
        {
            var (state, role) = NodeRows.State(node);
            b.Line($"node:{node.Name}",
                [new TextSpan($"{NodeStateText.KindWord(node)} {node.Name}: ", StyleRole.Header), new TextSpan(state, role)],
                new SelectedItem(SelectedKind.Node, Node: node.Name));
            var here = instances.Where(i => i.Resource.Nodes.Any(n => n.Name == node.Name)).ToList();
            Instances(b, here, node.Name);
        }
        if (b.Options.Inactive)
        {
            var inactive = instances.Where(i => !ResourceCells.IsActive(i.Resource)).ToList();
            if (inactive.Count > 0)
            {
                b.Line("inactive", [new TextSpan("Inactive Resources", StyleRole.Header)], null);
                Instances(b, inactive, "");
            }
        }
    }

    private static void Instances(ResourceRowBuilder b, List<PrimitiveInstance> instances, string owner)
    {
        if (b.Options.Brief)
        {
            foreach (var byAgent in instances.GroupBy(i => i.Resource.Agent).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var list = byAgent.ToList();
                var active = list.Count(i => ResourceCells.IsActive(i.Resource));
                var state = list.Any(i => i.Resource.Failed) ? new TextSpan("FAILED", StyleRole.ResourceFailed)
                    : active > 0 ? new TextSpan("Active", StyleRole.ResourceStarted)
                    : new TextSpan("Stopped", StyleRole.ResourceStopped);
                var target = list.Count == 1 ? new SelectedItem(SelectedKind.Primitive, list[0].Resource.Id, list[0].Resource.NodeName) { Item = list[0].Resource, Parents = list[0].Parents } : null;
                b.Summary($"brief:{owner}:{byAgent.Key}", $"{list.Count}", 1, state, "", byAgent.Key, target);
            }
            return;
        }
        foreach (var instance in instances)
        {
            var within = instance.Parents.IsDefaultOrEmpty ? ""
                : "in " + string.Join("/", instance.Parents.Where(p => p is not BundleReplica).Select(p => p.Id));
            b.Primitive(instance.Resource, 1, instance.Parents, notePrefix: within);
        }
    }
}
