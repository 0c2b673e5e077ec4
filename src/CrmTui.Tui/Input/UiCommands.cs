using System.Collections.Frozen;
using System.Collections.Immutable;

namespace CrmTui.Tui.Input;

/// <summary>Stable config names of <see cref="UiCommand"/>s (<c>cursor.down</c>, <c>node.fence</c> …).</summary>
public static class UiCommands
{
    private static readonly (UiCommand Command, string Name)[] _table =
    [
        (UiCommand.CursorUp, "cursor.up"),
        (UiCommand.CursorDown, "cursor.down"),
        (UiCommand.PageUp, "page.up"),
        (UiCommand.PageDown, "page.down"),
        (UiCommand.CursorTop, "cursor.top"),
        (UiCommand.CursorBottom, "cursor.bottom"),
        (UiCommand.Select, "select"),
        (UiCommand.Back, "back"),
        (UiCommand.ViewNext, "view.next"),
        (UiCommand.ViewPrevious, "view.previous"),
        (UiCommand.ViewNodes, "view.nodes"),
        (UiCommand.ViewResources, "view.resources"),
        (UiCommand.ViewFailures, "view.failures"),
        (UiCommand.ViewEvents, "view.events"),
        (UiCommand.ViewCommandLog, "view.log"),
        (UiCommand.Filter, "filter"),
        (UiCommand.CommandMode, "command_mode"),
        (UiCommand.Pause, "pause"),
        (UiCommand.Follow, "follow"),
        (UiCommand.Help, "help"),
        (UiCommand.Quit, "quit"),
        (UiCommand.Redraw, "redraw"),
        (UiCommand.ToggleTickets, "toggle.tickets"),
        (UiCommand.ToggleFailCounts, "toggle.fail_counts"),
        (UiCommand.ToggleGroupByNode, "toggle.group_by_node"),
        (UiCommand.ToggleOperations, "toggle.operations"),
        (UiCommand.ToggleTimings, "toggle.timings"),
        (UiCommand.ToggleInactive, "toggle.inactive"),
        (UiCommand.ToggleDetails, "toggle.details"),
        (UiCommand.ToggleAttributes, "toggle.attributes"),
        (UiCommand.ToggleBans, "toggle.bans"),
        (UiCommand.ToggleHeaders, "toggle.headers"),
        (UiCommand.ToggleBrief, "toggle.brief"),
        (UiCommand.TogglePending, "toggle.pending"),
        (UiCommand.FenceHistoryLevel, "fence_history.level"),
        (UiCommand.ReplayPrevious, "replay.previous"),
        (UiCommand.ReplayNext, "replay.next"),
        (UiCommand.ReplayFirst, "replay.first"),
        (UiCommand.ReplayLast, "replay.last"),
        (UiCommand.NodeStandby, "node.standby"),
        (UiCommand.NodeMaintenance, "node.maintenance"),
        (UiCommand.NodeFence, "node.fence"),
        (UiCommand.ResourceCleanup, "resource.cleanup"),
        (UiCommand.ResourceRefresh, "resource.refresh"),
        (UiCommand.ResourceMove, "resource.move"),
        (UiCommand.ResourceBan, "resource.ban"),
        (UiCommand.ResourceClear, "resource.clear"),
        (UiCommand.ResourceEnableDisable, "resource.enable_disable"),
        (UiCommand.ResourceRestart, "resource.restart"),
        (UiCommand.CleanupAll, "cleanup.all"),
        (UiCommand.Confirm, "dialog.confirm"),
        (UiCommand.Cancel, "dialog.cancel"),
    ];

    private static readonly FrozenDictionary<UiCommand, string> _names = _table.ToFrozenDictionary(t => t.Command, t => t.Name);
    private static readonly FrozenDictionary<string, UiCommand> _byName = _table.ToFrozenDictionary(t => t.Name, t => t.Command, StringComparer.Ordinal);

    public static ImmutableArray<UiCommand> All { get; } = [.. _table.Select(t => t.Command)];

    public static string Name(UiCommand command) => _names[command];

    public static bool TryParse(string name, out UiCommand command) => _byName.TryGetValue(name, out command);

    /// <summary>An on/off display option (crm_mon's interactive toggles); the help overlay marks the ones that are on.</summary>
    public static bool IsToggle(UiCommand command) => Name(command).StartsWith("toggle.", StringComparison.Ordinal);

    /// <summary>A time-cursor key of <c>crmtui replay</c>; it does nothing on a live cluster.</summary>
    public static bool IsReplay(UiCommand command) => command is UiCommand.ReplayPrevious or UiCommand.ReplayNext or UiCommand.ReplayFirst or UiCommand.ReplayLast;
}
