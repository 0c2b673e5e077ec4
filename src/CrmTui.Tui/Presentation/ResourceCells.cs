using System.Globalization;
using CrmTui.Core.Describe;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>The cells of one resource row, in crm_mon's words: role, nodes, agent, flags; colour by role.</summary>
internal static class ResourceCells
{
    public static StyleRole RoleStyle(PrimitiveResource p) => p switch
    {
        { Failed: true } => StyleRole.ResourceFailed,
        { Blocked: true } => StyleRole.ResourceBlocked,
        { Managed: false } => StyleRole.ResourceUnmanaged,
        { Orphaned: true } => StyleRole.ResourceOrphaned,
        { Role: ResourceRole.Promoted or ResourceRole.Promoting } => StyleRole.ResourcePromoted,
        { Role: ResourceRole.Unpromoted or ResourceRole.Demoting } => StyleRole.ResourceUnpromoted,
        { Role: ResourceRole.Stopped } when RoleText.IsTargetStopped(p) => StyleRole.ResourceDisabled,
        { Role: ResourceRole.Stopped or ResourceRole.Unknown } => StyleRole.ResourceStopped,
        _ => StyleRole.ResourceStarted,
    };

    /// <summary>The role as crm_mon prints it, with <c>ORPHANED</c> before it.</summary>
    public static string State(PrimitiveResource p) => (p.Orphaned ? "ORPHANED " : "") + RoleText.Of(p);

    public static string Nodes(PrimitiveResource p) => string.Join(" ", p.Nodes.Select(n => n.Name));

    /// <summary>
    /// crm_mon's bracketed flags for a primitive: UNCLEAN (its node), unmanaged, blocked, disabled,
    /// maintenance, the pending operation (<c>J</c>); with details (<c>R</c>) also the target-role,
    /// a multi-active count and the description.
    /// </summary>
    public static string Flags(PrimitiveResource p, ISet<string> uncleanNodes, ResourceViewOptions options)
    {
        var flags = new List<string>();
        if (p.Nodes.Any(n => uncleanNodes.Contains(n.Name)))
        {
            flags.Add("UNCLEAN");
        }
        flags.AddRange(RoleText.Flags(p));
        if (p.Maintenance == true)
        {
            flags.Add("maintenance");
        }
        if (options.Pending && p.Pending is { Length: > 0 } pending)
        {
            flags.Add("pending: " + pending);
        }
        if (options.Details)
        {
            flags.AddRange(Details(p));
        }
        return string.Join(", ", flags);
    }

    private static IEnumerable<string> Details(PrimitiveResource p)
    {
        // Started is the default and says nothing; Promoted/Unpromoted limit what the instance may become.
        if (p.TargetRole is { Length: > 0 } target && !RoleText.IsTargetStopped(p) && !target.Equals("Started", StringComparison.OrdinalIgnoreCase))
        {
            yield return "target-role " + target;
        }
        if (p.NodesRunningOn > 1)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"active on {p.NodesRunningOn} nodes");
        }
        if (p.Description is { Length: > 0 } description)
        {
            yield return description;
        }
    }

    /// <summary>The flags crm_mon puts after a group, clone or bundle heading.</summary>
    public static string Flags(bool unmanaged, bool disabled, bool? maintenance)
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
        if (maintenance == true)
        {
            flags.Add("maintenance");
        }
        return string.Join(", ", flags);
    }

    /// <summary>"2/3 active" for a container: active primitive instances out of all of them.</summary>
    public static TextSpan Summary(ResourceItem item)
    {
        var primitives = Primitives(item).Where(p => !(p.Orphaned && !p.Active)).ToList();
        var active = primitives.Count(IsActive);
        var failed = primitives.Any(p => p.Failed);
        var role = failed ? StyleRole.ResourceFailed : active == 0 ? StyleRole.ResourceStopped : StyleRole.Dim;
        return new TextSpan(string.Create(CultureInfo.InvariantCulture, $"{active}/{primitives.Count} active"), role);
    }

    public static bool IsActive(PrimitiveResource p) => p.Active || p.Failed || p.Role is not (ResourceRole.Stopped or ResourceRole.Unknown);

    /// <summary>True when crm_mon would show the item without <c>--inactive</c>: something in it runs or failed.</summary>
    public static bool HasActive(ResourceItem item) => Primitives(item).Any(IsActive);

    public static IEnumerable<PrimitiveResource> Primitives(ResourceItem item) => item switch
    {
        PrimitiveResource p => [p],
        _ => item.ChildItems.SelectMany(Primitives),
    };

    /// <summary>A clone's type: "clone", "promotable clone", "unique clone" and its child's id in brackets, as crm_mon's heading.</summary>
    public static string CloneType(CloneResource c)
    {
        var kind = c.Promotable ? "promotable clone" : c.Unique ? "unique clone" : "clone";
        return c.Children.FirstOrDefault() is { } first ? $"{kind} [{BaseId(first.Id)}]" : kind;
    }

    /// <summary>"ping:1" → "ping"; ids without an instance number stay as they are.</summary>
    public static string BaseId(string id)
    {
        var colon = id.LastIndexOf(':');
        return colon > 0 && colon < id.Length - 1 && id[(colon + 1)..].All(char.IsAsciiDigit) ? id[..colon] : id;
    }
}
