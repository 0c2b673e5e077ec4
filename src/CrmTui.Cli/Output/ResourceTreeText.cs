using System.Globalization;
using CrmTui.Core.Describe;
using CrmTui.Core.Model;

namespace CrmTui.Cli.Output;

/// <summary>
/// The "Full List of Resources" section of <see cref="StatusTextView"/>: one line per primitive
/// instance in crm_mon's <c>id&lt;TAB&gt;(agent):&lt;TAB&gt; Role node (flags)</c> form, under
/// group, clone and bundle headings; a bundle replica as crm_mon's one-line summary followed by
/// its parts.
/// </summary>
internal static class ResourceTreeText
{
    public static void Write(TextBlock text, ClusterSnapshot snapshot)
    {
        text.Section("Full List of Resources:");
        if (snapshot.Resources.IsEmpty)
        {
            text.Item(1, "No resources");
        }

        var unclean = snapshot.Nodes.Where(n => n.Unclean).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var item in snapshot.Resources)
        {
            WriteItem(text, item, 1, unclean);
        }
    }

    private static void WriteItem(TextBlock text, ResourceItem item, int depth, HashSet<string> unclean)
    {
        switch (item)
        {
            case PrimitiveResource p:
                text.Item(depth, PrimitiveLine(p.Id, p, p.Nodes.Select(n => n.Name).ToList(), unclean));
                break;
            case GroupResource g:
                text.Item(depth, $"Resource Group: {g.Id}{Flags(!g.Managed, g.Disabled, g.Maintenance == true)}:");
                WriteChildren(text, g.Children, depth + 1, unclean);
                break;
            case CloneResource c:
                var traits = new List<string>();
                if (c.Promotable)
                {
                    traits.Add("promotable");
                }

                if (c.Unique)
                {
                    traits.Add("unique");
                }

                var child = c.Children.FirstOrDefault() is { } first ? $" [{BaseId(first.Id)}]" : "";
                text.Item(depth, $"Clone Set: {c.Id}{child}{(traits.Count > 0 ? $" ({string.Join(", ", traits)})" : "")}{Flags(!c.Managed, c.Disabled, c.Maintenance == true)}:");

                // A stopped orphan instance is a clone slot Pacemaker no longer has a use for:
                // crm_mon leaves it out, and so do we.
                WriteChildren(text, c.Children.Where(i => i is not PrimitiveResource { Orphaned: true, Active: false, Role: ResourceRole.Stopped }), depth + 1, unclean);
                break;
            case BundleResource b:
                text.Item(depth, $"Container bundle set: {b.Id} [{b.Image}]{Flags(!b.Managed, false, b.Maintenance == true)}:");
                foreach (var replica in b.Replicas)
                {
                    WriteItem(text, replica, depth + 1, unclean);
                }

                break;
            case BundleReplica r:
                text.Item(depth, ReplicaLine(r, unclean));
                WriteChildren(text, r.Resources, depth + 1, unclean);
                break;
            default:
                text.Item(depth, $"{item.Kind} {item.Id} (not understood by this crmtui version)");
                break;
        }
    }

    private static void WriteChildren(TextBlock text, IEnumerable<ResourceItem> children, int depth, HashSet<string> unclean)
    {
        foreach (var child in children)
        {
            WriteItem(text, child, depth, unclean);
        }
    }

    /// <summary>crm_mon's one-line replica summary: remote (or container) name, IP, and the bundled primitive's role on the container's node.</summary>
    private static string ReplicaLine(BundleReplica r, HashSet<string> unclean)
    {
        var shown = r.Primitive ?? r.Container;
        var name = r.RemoteConnection?.Id ?? r.Container?.Id ?? r.Id;
        if (r.IpAddress is { } ip && ip.Id.LastIndexOf("-ip-", StringComparison.Ordinal) is var at and >= 0)
        {
            name += $" ({ip.Id[(at + 4)..]})";
        }

        var nodes = r.Container?.Nodes.Select(n => n.Name).ToList() ?? [];
        return shown is null ? $"Replica[{r.Id}]: {name}" : $"Replica[{r.Id}]: " + PrimitiveLine(name, shown, nodes, unclean);
    }

    private static string PrimitiveLine(string name, PrimitiveResource p, IReadOnlyList<string> nodes, HashSet<string> unclean)
    {
        var line = $"{name}\t({p.Agent}):\t {(p.Orphaned ? "ORPHANED " : "")}{RoleText.Of(p)}";
        var flags = new List<string>();
        if (nodes.Any(unclean.Contains))
        {
            flags.Add("UNCLEAN");
        }

        flags.AddRange(RoleText.Flags(p));
        if (p.Maintenance == true)
        {
            flags.Add("maintenance");
        }

        if (p.Pending is { Length: > 0 } pending)
        {
            flags.Add("pending: " + pending);
        }

        var flagText = flags.Count > 0 ? $" ({string.Join(", ", flags)})" : "";

        // crm_mon's order: "Started node1 (flags)", but "FAILED (flags) [ node1 node2 ]" when active on several nodes.
        return nodes.Count switch
        {
            0 => line + flagText,
            1 => $"{line} {nodes[0]}{flagText}",
            _ => $"{line}{flagText} [ {string.Join(" ", nodes)} ]",
        };
    }

    private static string Flags(bool unmanaged, bool disabled, bool maintenance)
    {
        var flags = new List<string>();
        if (unmanaged)
        {
            flags.Add("unmanaged");
        }

        if (disabled)
        {
            flags.Add("disabled");
        }

        if (maintenance)
        {
            flags.Add("maintenance");
        }

        return flags.Count > 0 ? $" ({string.Join(", ", flags)})" : "";
    }

    private static string BaseId(string id)
    {
        var colon = id.LastIndexOf(':');
        return colon > 0 && id.AsSpan(colon + 1) is { Length: > 0 } tail && int.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? id[..colon] : id;
    }
}
