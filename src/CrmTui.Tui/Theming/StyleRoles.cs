using System.Collections.Frozen;
using System.Collections.Immutable;

namespace CrmTui.Tui.Theming;

/// <summary>
/// Stable dotted names for <see cref="StyleRole"/> (the keys of a theme file) and the derivation
/// table: a role missing from a theme falls back to its parent, and every chain ends at
/// <c>text</c>, so a theme that only sets a few roles still resolves all of them.
/// </summary>
public static class StyleRoles
{
    private static readonly (StyleRole Role, string Name, StyleRole Parent)[] _table =
    [
        (StyleRole.Text, "text", StyleRole.Text),
        (StyleRole.Dim, "dim", StyleRole.Text),
        (StyleRole.Header, "header", StyleRole.Text),
        (StyleRole.Title, "title", StyleRole.Header),
        (StyleRole.Border, "border", StyleRole.Dim),
        (StyleRole.Selection, "selection", StyleRole.Text),
        (StyleRole.StatusBar, "status_bar", StyleRole.Text),
        (StyleRole.KeyHint, "key_hint", StyleRole.StatusBar),
        (StyleRole.Disabled, "disabled", StyleRole.Dim),
        (StyleRole.Success, "success", StyleRole.Text),
        (StyleRole.Error, "error", StyleRole.Text),
        (StyleRole.ToggleOn, "toggle.on", StyleRole.Text),
        (StyleRole.TabActive, "tab.active", StyleRole.Header),
        (StyleRole.TabInactive, "tab.inactive", StyleRole.Dim),
        (StyleRole.ColumnHeader, "column_header", StyleRole.Header),
        (StyleRole.Input, "input", StyleRole.Text),
        (StyleRole.Cursor, "cursor", StyleRole.Selection),
        (StyleRole.BannerInfo, "banner.info", StyleRole.Text),
        (StyleRole.BannerWarning, "banner.warning", StyleRole.Text),
        (StyleRole.BannerCritical, "banner.critical", StyleRole.Text),
        (StyleRole.NodeOnline, "node.online", StyleRole.Text),
        (StyleRole.NodeStandby, "node.standby", StyleRole.Text),
        (StyleRole.NodeStandbyOnFail, "node.standby_onfail", StyleRole.NodeStandby),
        (StyleRole.NodeMaintenance, "node.maintenance", StyleRole.Text),
        (StyleRole.NodePending, "node.pending", StyleRole.Text),
        (StyleRole.NodeUnclean, "node.unclean", StyleRole.Text),
        (StyleRole.NodeOffline, "node.offline", StyleRole.Text),
        (StyleRole.NodeShutdown, "node.shutdown", StyleRole.NodeOffline),
        (StyleRole.NodeRemote, "node.remote", StyleRole.NodeOnline),
        (StyleRole.NodeGuest, "node.guest", StyleRole.NodeRemote),
        (StyleRole.ResourceStarted, "resource.started", StyleRole.Text),
        (StyleRole.ResourceStopped, "resource.stopped", StyleRole.Text),
        (StyleRole.ResourcePromoted, "resource.promoted", StyleRole.ResourceStarted),
        (StyleRole.ResourceUnpromoted, "resource.unpromoted", StyleRole.ResourceStarted),
        (StyleRole.ResourceFailed, "resource.failed", StyleRole.Text),
        (StyleRole.ResourceUnmanaged, "resource.unmanaged", StyleRole.Text),
        (StyleRole.ResourceBlocked, "resource.blocked", StyleRole.ResourceFailed),
        (StyleRole.ResourceOrphaned, "resource.orphaned", StyleRole.ResourceStopped),
        (StyleRole.ResourceDisabled, "resource.disabled", StyleRole.ResourceStopped),
        (StyleRole.Failure, "failure", StyleRole.Error),
        (StyleRole.Danger, "danger", StyleRole.Error),
        (StyleRole.Changed, "changed", StyleRole.Text),
        (StyleRole.EventNew, "event.new", StyleRole.Text),
        (StyleRole.EventChanged, "event.changed", StyleRole.Changed),
        (StyleRole.EventRemoved, "event.removed", StyleRole.Dim),
        (StyleRole.EventFailure, "event.failure", StyleRole.Failure),
        (StyleRole.Dialog, "dialog", StyleRole.Text),
        (StyleRole.DialogTitle, "dialog.title", StyleRole.Dialog),
        (StyleRole.DialogBorder, "dialog.border", StyleRole.Dialog),
    ];

    private static readonly FrozenDictionary<StyleRole, string> _names =
        _table.ToFrozenDictionary(t => t.Role, t => t.Name);

    private static readonly FrozenDictionary<string, StyleRole> _byName =
        _table.ToFrozenDictionary(t => t.Name, t => t.Role, StringComparer.Ordinal);

    private static readonly FrozenDictionary<StyleRole, StyleRole> _parents =
        _table.ToFrozenDictionary(t => t.Role, t => t.Parent);

    /// <summary>Every role, in declaration order.</summary>
    public static ImmutableArray<StyleRole> All { get; } = [.. _table.Select(t => t.Role)];

    public static string Name(StyleRole role) => _names[role];

    public static bool TryParse(string name, out StyleRole role) => _byName.TryGetValue(name, out role);

    /// <summary>The role a theme falls back to when it does not define <paramref name="role"/>;
    /// <c>text</c> is its own parent.</summary>
    public static StyleRole Parent(StyleRole role) => _parents[role];
}
