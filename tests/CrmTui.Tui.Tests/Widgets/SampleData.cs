using System.Collections.Immutable;
using CrmTui.Commands;
using CrmTui.Transport;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Tests.Widgets;

// Invented cluster data for widget goldens (not from the corpus).
internal static class SampleData
{
    public static readonly ImmutableArray<TableColumn> NodeColumns =
    [
        new("Node", MaxWidth: 24),
        new("State", MaxWidth: 16),
        new("Type"),
        new("Resources", ColumnAlign.Right),
        new("Notes", MaxWidth: 60),
    ];

    private static readonly (string Name, string State, StyleRole Role, string Type, int Rsc, string Notes)[] _nodes =
    [
        ("alpha-01", "online", StyleRole.NodeOnline, "member", 4, "DC"),
        ("alpha-02", "standby", StyleRole.NodeStandby, "member", 0, "standby since 10:02 by root"),
        ("alpha-03", "UNCLEAN", StyleRole.NodeUnclean, "member", 2, "fencing pending"),
        ("alpha-04", "maintenance", StyleRole.NodeMaintenance, "member", 3, ""),
        ("db-remote-1", "online", StyleRole.NodeRemote, "remote", 1, "connection via alpha-01"),
        ("vm-guest-7", "offline", StyleRole.NodeOffline, "guest", 0, "container vm7 [stopped]"),
        ("节点-五", "pending", StyleRole.NodePending, "member", 0, "joining"),
    ];

    public static ImmutableArray<TableRow> Nodes(int count)
    {
        var rows = ImmutableArray.CreateBuilder<TableRow>();
        for (var i = 0; i < count; i++)
        {
            var n = _nodes[i % _nodes.Length];
            var name = i < _nodes.Length ? n.Name : $"{n.Name}-{i}";
            rows.Add(new TableRow(name,
            [
                new TextSpan(name),
                new TextSpan(n.State, n.Role),
                new TextSpan(n.Type, StyleRole.Dim),
                new TextSpan(n.Rsc.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new TextSpan(n.Notes, StyleRole.Dim),
            ], Changed: i == 2));
        }
        return rows.ToImmutable();
    }

    public static TableModel NodeTable(int count, int selected, int offset = 0) =>
        new(NodeColumns, Nodes(count), selected, offset);

    public static HeaderModel Header() => new(
        "crmtui · prod-ha",
        ["Nodes", "Resources", "Failures", "Events", "Log"],
        0,
        [
            new HeaderField("Stack", "corosync"),
            new HeaderField("DC", new TextSpan("alpha-01", StyleRole.NodeOnline)),
            new HeaderField("Quorum", new TextSpan("yes (4/5)", StyleRole.Success)),
            new HeaderField("Nodes", "7"),
            new HeaderField("Resources", "23 (2 disabled)"),
            new HeaderField("Problems", new TextSpan("3", StyleRole.Danger)),
            new HeaderField("Last change", "10:02:11 by root via crm_attribute on alpha-02"),
            new HeaderField("Data", "alpha-01, 2s old"),
        ]);

    public static ConfirmDialogModel Standby() => new(
        "Put alpha-02 in standby?",
        "Resources on alpha-02 move to other nodes; the node stays a cluster member and can be brought back with the same key.",
        [CommandLine.Of("crm_attribute", "--node", "alpha-02", "--name", "standby", "--update", "on")],
        Danger.Disruptive,
        [new TextSpan("Running here: web-vip, web-server, db-replica:1", StyleRole.Dialog)]);

    public static ConfirmDialogModel Fence(string typed) => new(
        "Fence node alpha-03",
        "The node is rebooted by its fence device. Everything running on it stops at once.",
        [CommandLine.Of("stonith_admin", "--reboot", "alpha-03")],
        Danger.Destructive,
        [
            new TextSpan("Quorum: yes (4 of 5 votes)", StyleRole.Success),
            new TextSpan("Fence device fence-ipmi-03 (fence_ipmilan) can fence alpha-03", StyleRole.Dialog),
        ],
        TypeToConfirm: "alpha-03",
        Typed: PromptState.Start("> ", typed));

    public static ImmutableArray<KeyHint> NodeHints(bool readOnly) =>
    [
        new("s", "standby", readOnly),
        new("M", "maint", readOnly),
        new("X", "fence", readOnly),
        new("/", "filter"),
        new("tab", "view"),
        new("?", "help"),
        new("q", "quit"),
    ];
}
