using CrmTui.Core.Model;

namespace CrmTui.Core.Describe;

/// <summary>
/// A primitive instance's role as crm_mon prints it: the role name (<c>Started</c>,
/// <c>Promoted</c>, <c>Unpromoted</c>, …) or <c>FAILED</c> (with <c>FAILED Promoted</c> for a
/// failed promoted instance), and the flags crm_mon puts in brackets after the node.
/// </summary>
public static class RoleText
{
    public static string Of(PrimitiveResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var role = Name(resource);
        if (!resource.Failed)
        {
            return role;
        }

        return resource.Role == ResourceRole.Promoted ? "FAILED Promoted" : "FAILED";
    }

    /// <summary>The role name alone; legacy Master/Slave are shown as Promoted/Unpromoted.</summary>
    public static string Name(PrimitiveResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Role == ResourceRole.Unknown ? resource.RoleText : resource.Role.ToString();
    }

    /// <summary>
    /// Bracketed flags crm_mon appends: <c>(UNCLEAN)</c> handled by the caller as it depends on
    /// the node; here <c>unmanaged</c>, <c>blocked</c>, <c>failure ignored</c>, <c>disabled</c>,
    /// <c>LOCKED to</c>. An orphan is not a flag: crm_mon writes <c>ORPHANED</c> before the role.
    /// </summary>
    public static IReadOnlyList<string> Flags(PrimitiveResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var flags = new List<string>();
        if (!resource.Managed)
        {
            flags.Add("unmanaged");
        }

        if (resource.Blocked == true)
        {
            flags.Add("blocked");
        }

        if (resource.FailureIgnored)
        {
            flags.Add("failure ignored");
        }

        if (IsTargetStopped(resource))
        {
            flags.Add("disabled");
        }

        if (resource.LockedTo is { Length: > 0 } locked)
        {
            flags.Add("LOCKED to " + locked);
        }

        return flags;
    }

    /// <summary>The resource's target-role asks for it to be stopped (case-insensitive, as in the CIB).</summary>
    public static bool IsTargetStopped(PrimitiveResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return string.Equals(resource.TargetRole, "Stopped", StringComparison.OrdinalIgnoreCase);
    }
}
