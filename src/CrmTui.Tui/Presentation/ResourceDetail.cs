using System.Collections.Immutable;
using CrmTui.Core.Describe;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>Everything crm_mon says about the selected resource row (Enter): kind, agent, role, nodes, flags, where it sits in the tree, fail counts.</summary>
public static class ResourceDetail
{
    public static DetailModel? For(ClusterSnapshot snapshot, SelectedItem selected)
    {
        if (selected.Item is not { } item)
        {
            return null;
        }
        var lines = ImmutableArray.CreateBuilder<HeaderField>();
        lines.Add(new HeaderField("Kind", item is CloneResource c ? ResourceCells.CloneType(c) : item.Kind));
        if (!selected.Parents.IsDefaultOrEmpty)
        {
            lines.Add(new HeaderField("Within", string.Join(" / ", selected.Parents.Select(p => p is BundleReplica r ? $"replica {r.Id}" : p.Id))));
        }
        switch (item)
        {
            case PrimitiveResource p:
                lines.Add(new HeaderField("Agent", p.Agent));
                lines.Add(new HeaderField("Role", new TextSpan(ResourceCells.State(p), ResourceCells.RoleStyle(p))));
                if (p.TargetRole is { } target)
                {
                    lines.Add(new HeaderField("Target role", target));
                }
                lines.Add(new HeaderField("Nodes", p.Nodes.IsEmpty ? "none" : ResourceCells.Nodes(p)));
                var flags = RoleText.Flags(p);
                if (flags.Count > 0)
                {
                    lines.Add(new HeaderField("Flags", string.Join(", ", flags)));
                }
                if (p.Description is { Length: > 0 } description)
                {
                    lines.Add(new HeaderField("Description", description));
                }
                var counts = new FailCounts(snapshot);
                foreach (var node in snapshot.NodeHistory)
                {
                    if (counts.Find(node.Node, p.Id) is { FailCountValue: > 0 } history)
                    {
                        lines.Add(new HeaderField($"Fails on {node.Node}", FailCounts.Cell(history)));
                    }
                }
                break;
            default:
                lines.Add(new HeaderField("Active", ResourceCells.Summary(item)));
                var members = ResourceCells.Primitives(item).Select(p => p.Id).Distinct().ToList();
                lines.Add(new HeaderField("Members", string.Join(", ", members)));
                var bans = snapshot.Bans.Where(b => b.Resource == item.Id).Select(b => $"{b.Node} ({b.Id})").ToList();
                if (bans.Count > 0)
                {
                    lines.Add(new HeaderField("Banned from", new TextSpan(string.Join(", ", bans), StyleRole.Failure)));
                }
                break;
        }
        if (item is PrimitiveResource && snapshot.Bans.Where(b => b.Resource == item.Id).Select(b => $"{b.Node} ({b.Id})").ToList() is { Count: > 0 } primitiveBans)
        {
            lines.Add(new HeaderField("Banned from", new TextSpan(string.Join(", ", primitiveBans), StyleRole.Failure)));
        }
        var title = selected.Node is { } on && item is PrimitiveResource ? $"Resource {item.Id} on {on}" : $"Resource {item.Id}";
        return new DetailModel(title, lines.ToImmutable());
    }
}
