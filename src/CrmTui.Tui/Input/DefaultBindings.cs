using System.Collections.Immutable;
using CrmTui.Commands;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Input;

// The built-in key table. Choices that are not obvious:
// - crm_mon's toggle letters are kept (c f n o t r R A L D b m), except crm_mon's `j` (pending
//   actions): `j`/`k` are the k9s/vim up/down every operator's fingers know, and moving the cursor
//   is pressed a hundred times more often than the pending toggle. Pending moves to `J`, the same
//   letter shifted.
// - Action letters avoid every toggle letter: s standby, M maintenance, C cleanup (c is tickets),
//   p refresh (re-probe), v move, B ban, u clear (undo move/ban), e enable/disable, X fence,
//   ctrl+r restart, ctrl+x cleanup of all failures. Destructive and cluster-wide actions sit on
//   capitals or ctrl chords so a stray lower-case key cannot reach them; ctrl+a/ctrl+b are avoided
//   because screen and tmux use them as prefixes.
// - Replay's time cursor (crmtui replay) sits on the brackets, free in crm_mon, k9s and here:
//   [ ] step to the previous/next change (vim's [ and ] motions), { } jump to the first/last.
internal static class DefaultBindings
{
    public static ImmutableArray<Binding> Create() =>
    [
        B(UiCommand.CursorDown, "Move down", "down", "j"),
        B(UiCommand.CursorUp, "Move up", "up", "k"),
        B(UiCommand.PageDown, "Page down", "pgdn"),
        B(UiCommand.PageUp, "Page up", "pgup"),
        B(UiCommand.CursorTop, "First row", "home", "g"),
        B(UiCommand.CursorBottom, "Last row", "end", "G"),
        B(UiCommand.Select, "Details of the selected row", "enter"),
        B(UiCommand.Back, "Back / close", "esc"),
        B(UiCommand.ViewNext, "Next view", "tab", "right"),
        B(UiCommand.ViewPrevious, "Previous view", "shift+tab", "left"),
        B(UiCommand.ViewNodes, "Nodes view", "1"),
        B(UiCommand.ViewResources, "Resources view", "2"),
        B(UiCommand.ViewFailures, "Failures view", "3"),
        B(UiCommand.ViewEvents, "Events (what changed)", "4"),
        B(UiCommand.ViewCommandLog, "Command log", "5"),
        B(UiCommand.Filter, "Filter rows (regex, ! inverts)", "/"),
        B(UiCommand.CommandMode, "Command line (:nodes, :log …)", ":"),
        B(UiCommand.Pause, "Pause / resume updates", "Z"),
        B(UiCommand.Follow, "Follow the selection across refreshes", "F"),
        B(UiCommand.Help, "Help", "?"),
        B(UiCommand.Quit, "Quit", "q", "ctrl+c"),
        B(UiCommand.Redraw, "Redraw the screen", "ctrl+l"),
        B(UiCommand.ToggleTickets, "Show tickets", "c"),
        B(UiCommand.ToggleFailCounts, "Show fail counts", "f"),
        B(UiCommand.ToggleGroupByNode, "Group resources by node", "n"),
        B(UiCommand.ToggleOperations, "Show operations", "o"),
        B(UiCommand.ToggleTimings, "Show operation timings", "t"),
        B(UiCommand.ToggleInactive, "Show inactive resources", "r"),
        B(UiCommand.ToggleDetails, "Show more details", "R"),
        B(UiCommand.ToggleAttributes, "Show node attributes", "A"),
        B(UiCommand.ToggleBans, "Show bans and move constraints", "L"),
        B(UiCommand.ToggleHeaders, "Show the summary header", "D"),
        B(UiCommand.ToggleBrief, "Brief resource list", "b"),
        B(UiCommand.TogglePending, "Show pending actions", "J"),
        B(UiCommand.FenceHistoryLevel, "Fencing history level (0–3)", "m"),
        B(UiCommand.ReplayPrevious, "Replay: previous change", "["),
        B(UiCommand.ReplayNext, "Replay: next change", "]"),
        B(UiCommand.ReplayFirst, "Replay: first snapshot", "{"),
        B(UiCommand.ReplayLast, "Replay: last snapshot", "}"),
        A(UiCommand.NodeStandby, "Standby / unstandby the node", Danger.Disruptive, "s"),
        A(UiCommand.NodeMaintenance, "Maintenance on / off for the node", Danger.Disruptive, "M"),
        A(UiCommand.NodeFence, "Fence (reboot) the node", Danger.Destructive, "X"),
        A(UiCommand.ResourceCleanup, "Clean up the failure / resource", Danger.Safe, "C"),
        A(UiCommand.ResourceRefresh, "Refresh (re-probe) the resource", Danger.Safe, "p"),
        A(UiCommand.ResourceMove, "Move the resource to a node", Danger.Disruptive, "v"),
        A(UiCommand.ResourceBan, "Ban the resource from its node", Danger.Disruptive, "B"),
        A(UiCommand.ResourceClear, "Clear move/ban constraints", Danger.Safe, "u"),
        A(UiCommand.ResourceEnableDisable, "Enable / disable (target-role)", Danger.Disruptive, "e"),
        A(UiCommand.ResourceRestart, "Restart the resource", Danger.Disruptive, "ctrl+r"),
        A(UiCommand.CleanupAll, "Clean up all failures", Danger.Safe, "ctrl+x"),
        D(UiCommand.Confirm, "Confirm", "y", "enter"),
        D(UiCommand.Cancel, "Cancel", "n", "esc"),
    ];

    private static Binding B(UiCommand command, string description, params string[] keys) =>
        new([.. keys.Select(Key.Parse)], command, description);

    private static Binding D(UiCommand command, string description, params string[] keys) =>
        new([.. keys.Select(Key.Parse)], command, description, null, KeyContexts.Dialog);

    private static Binding A(UiCommand command, string description, Danger danger, params string[] keys) =>
        new([.. keys.Select(Key.Parse)], command, description, danger);
}
