using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>Nodes as table rows (id = node name): state in crm_mon's words, coloured by role.</summary>
public static class NodeRows
{
    public static ImmutableArray<TableColumn> Columns { get; } =
    [
        new("Node", MinWidth: 8, MaxWidth: 40),
        // Wide enough for the common states, so a node going from online to maintenance does not
        // shift every column to its right (a full-screen redraw for a one-word change).
        new("State", MinWidth: 15, MaxWidth: 28),
        new("Type", MinWidth: 4),
        new("Running", ColumnAlign.Right, MinWidth: 4),
        new("Notes", MaxWidth: 80),
    ];

    public static ImmutableArray<TableRow> For(ClusterSnapshot snapshot, Glyphs glyphs) =>
        [.. snapshot.Nodes.Select(n => Row(n, glyphs))];

    /// <summary>One node's row; with <paramref name="details"/> (<c>R</c>) the Notes add the node id, as crm_mon's "node1 (1)".</summary>
    public static TableRow Row(ClusterNode node, Glyphs glyphs, bool details = false)
    {
        var (text, role) = State(node);
        var symbol = node.Online && !node.Unclean ? glyphs.Online : glyphs.Offline;
        return new TableRow(node.Name,
        [
            new TextSpan(node.Name),
            new TextSpan($"{symbol} {text}", role),
            new TextSpan(Type(node), StyleRole.Dim),
            new TextSpan(node.ResourcesRunning.ToString(CultureInfo.InvariantCulture)),
            new TextSpan(Notes(node, details), StyleRole.Dim),
        ]);
    }

    /// <summary>The node state as crm_mon words it, and its role; the first matching condition wins.</summary>
    public static (string Text, StyleRole Role) State(ClusterNode node) => node switch
    {
        { Unclean: true } => ("UNCLEAN", StyleRole.NodeUnclean),
        { Pending: true } => ("pending", StyleRole.NodePending),
        { Online: false, Shutdown: true } => ("shutdown", StyleRole.NodeShutdown),
        { Online: false } => ("OFFLINE", StyleRole.NodeOffline),
        { StandbyOnFail: true } => ("standby (on-fail)", StyleRole.NodeStandbyOnFail),
        { Standby: true, ResourcesRunning: > 0 } => ("standby (with resources)", StyleRole.NodeStandby),
        { Standby: true } => ("standby", StyleRole.NodeStandby),
        { Maintenance: true } => ("maintenance", StyleRole.NodeMaintenance),
        { Shutdown: true } => ("shutting down", StyleRole.NodeShutdown),
        _ when node.IsGuest => ("online", StyleRole.NodeGuest),
        { Type: NodeType.Remote } => ("online", StyleRole.NodeRemote),
        _ => ("online", StyleRole.NodeOnline),
    };

    private static string Type(ClusterNode node) =>
        node.IsGuest ? "guest"
        : node.Type switch
        {
            NodeType.Remote => "remote",
            NodeType.Ping => "ping",
            _ => "member",
        };

    private static string Notes(ClusterNode node, bool details)
    {
        var notes = new List<string>();
        // Remote and guest nodes use their name as id: repeating it says nothing.
        if (details && node.Id.Length > 0 && node.Id != node.Name)
        {
            notes.Add($"id {node.Id}");
        }
        if (node.IsDc)
        {
            notes.Add("DC");
        }
        if (node.Maintenance && (node.Standby || node.StandbyOnFail))
        {
            notes.Add("maintenance");
        }
        if (node.Health is { Length: > 0 } health && health != "green")
        {
            notes.Add($"health {health}");
        }
        if (node.ContainerId is { } container)
        {
            notes.Add($"container {container}");
        }
        return string.Join(", ", notes);
    }
}
