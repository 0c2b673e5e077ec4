using CrmTui.Core.Model;

namespace CrmTui.Core.Describe;

/// <summary>
/// A node's state in crm_mon's own words, so the CLI, the dashboard and crm_mon users read the
/// same thing: <c>online</c>, <c>OFFLINE</c>, <c>standby</c>, <c>UNCLEAN (offline)</c>, …
/// The order of the checks is crm_mon 2.1.5's: unclean beats pending beats standby beats maintenance.
/// </summary>
public static class NodeStateText
{
    /// <summary>The state word(s) crm_mon prints after <c>Node X:</c>, including a health suffix.</summary>
    public static string Of(ClusterNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var state = Base(node);
        return node.Online && !node.Unclean && HealthSuffix(node.Health) is { } suffix ? $"{state} {suffix}" : state;
    }

    /// <summary>
    /// True when crm_mon would list the node in a collapsed <c>Online: [ … ]</c> or
    /// <c>OFFLINE: [ … ]</c> list instead of giving it its own line.
    /// </summary>
    public static bool IsPlain(ClusterNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var state = Of(node);
        return state is "online" or "OFFLINE";
    }

    /// <summary>Prefix crm_mon uses for the node kind: <c>Node</c>, <c>RemoteNode</c> or <c>GuestNode</c>.</summary>
    public static string KindWord(ClusterNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.IsGuest ? "GuestNode" : node.Type == NodeType.Remote ? "RemoteNode" : "Node";
    }

    /// <summary>Prefix of the collapsed lists: <c>""</c>, <c>Remote</c> or <c>Guest</c>.</summary>
    public static string ListPrefix(ClusterNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.IsGuest ? "Guest" : node.Type == NodeType.Remote ? "Remote" : "";
    }

    private static string Base(ClusterNode node)
    {
        if (node.Unclean)
        {
            return node.Online ? "UNCLEAN (online)" : node.Pending ? "UNCLEAN (pending)" : "UNCLEAN (offline)";
        }

        if (node.Pending)
        {
            return "pending";
        }

        if (node.StandbyOnFail && node.Online)
        {
            return "standby (on-fail)";
        }

        if (node.Standby)
        {
            return !node.Online ? "OFFLINE (standby)" : node.ResourcesRunning > 0 ? "standby (with active resources)" : "standby";
        }

        if (node.Maintenance)
        {
            return node.Online ? "maintenance" : "OFFLINE (maintenance)";
        }

        return node.Online ? "online" : "OFFLINE";
    }

    // crm_mon appends the health only when it is not green; any other value is shown as written.
    private static string? HealthSuffix(string? health) =>
        health is null or "" or "green" ? null : $"(health is {health.ToUpperInvariant()})";
}
