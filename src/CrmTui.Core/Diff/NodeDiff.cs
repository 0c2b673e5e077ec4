using CrmTui.Core.Model;

namespace CrmTui.Core.Diff;

/// <summary>Nodes added, removed, or with changed state flags. Derived fields (resources_running, is_dc, health) are not compared.</summary>
internal static class NodeDiff
{
    public static void Compare(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        var before = new Dictionary<string, ClusterNode>(StringComparer.Ordinal);
        foreach (var node in previous.Nodes)
        {
            before.TryAdd(node.Name, node);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in next.Nodes)
        {
            if (!seen.Add(node.Name))
            {
                continue;
            }

            var to = NodeFlags.Of(node);
            if (!before.TryGetValue(node.Name, out var old))
            {
                into.Add(new NodeAdded(node.Name, to));
                continue;
            }

            var from = NodeFlags.Of(old);
            if (from != to)
            {
                into.Add(new NodeStateChanged(node.Name, from, to));
            }
        }

        foreach (var name in before.Keys)
        {
            if (!seen.Contains(name))
            {
                into.Add(new NodeRemoved(name));
            }
        }
    }
}
