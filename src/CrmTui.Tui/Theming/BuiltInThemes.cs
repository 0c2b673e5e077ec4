using Spectre.Console;

namespace CrmTui.Tui.Theming;

// The two themes compiled in. Roles not listed derive from their parents (StyleRoles).
internal static class BuiltInThemes
{
    public static Theme Dark() => Build("default", new()
    {
        ["text"] = "default",
        ["dim"] = "grey",
        ["header"] = "bold",
        ["title"] = "bold aqua",
        ["border"] = "grey35",
        ["selection"] = "black on aqua",
        ["status_bar"] = "white on grey23",
        ["key_hint"] = "bold aqua on grey23",
        ["disabled"] = "grey42",
        ["success"] = "green",
        ["error"] = "bold red",
        ["toggle.on"] = "bold green",
        ["tab.active"] = "bold black on aqua",
        ["tab.inactive"] = "grey",
        ["column_header"] = "bold underline",
        ["input"] = "white on grey19",
        ["cursor"] = "black on white",
        ["banner.info"] = "black on deepskyblue1",
        ["banner.warning"] = "black on gold1",
        ["banner.critical"] = "bold white on red3",
        ["node.online"] = "green",
        ["node.standby"] = "yellow",
        ["node.maintenance"] = "blue",
        ["node.pending"] = "darkorange",
        ["node.unclean"] = "bold white on red3",
        ["node.offline"] = "bold red",
        ["node.shutdown"] = "grey",
        ["node.remote"] = "green3",
        ["resource.started"] = "green",
        ["resource.stopped"] = "grey",
        ["resource.promoted"] = "bold green",
        ["resource.unpromoted"] = "green",
        ["resource.failed"] = "bold red",
        ["resource.unmanaged"] = "blue",
        ["resource.blocked"] = "bold white on red3",
        ["resource.orphaned"] = "darkorange",
        ["resource.disabled"] = "grey italic",
        ["failure"] = "red",
        ["danger"] = "bold red",
        ["changed"] = "black on yellow",
        ["event.new"] = "aqua",
        ["event.removed"] = "grey",
        ["dialog"] = "white on grey15",
        ["dialog.title"] = "bold white on grey15",
        ["dialog.border"] = "aqua on grey15",
    });

    public static Theme Mono() => Build("mono", new()
    {
        ["text"] = "default",
        ["dim"] = "dim",
        ["header"] = "bold",
        ["selection"] = "invert",
        ["status_bar"] = "invert",
        ["key_hint"] = "bold invert",
        ["error"] = "bold",
        ["toggle.on"] = "bold",
        ["tab.active"] = "bold invert",
        ["column_header"] = "bold underline",
        ["cursor"] = "invert",
        ["banner.info"] = "invert",
        ["banner.warning"] = "bold invert",
        ["banner.critical"] = "bold invert",
        ["node.unclean"] = "bold invert",
        ["node.offline"] = "bold",
        ["resource.failed"] = "bold",
        ["resource.blocked"] = "bold invert",
        ["changed"] = "underline",
        ["dialog.title"] = "bold",
    });

    private static Theme Build(string name, Dictionary<string, string> styles)
    {
        var parsed = Theme.FromStrings(name, styles, new Theme(name, new Dictionary<StyleRole, Style>()));
        if (!parsed.IsValid)
        {
            throw new InvalidOperationException($"built-in theme '{name}' is broken: {string.Join("; ", parsed.Errors)}");
        }
        return parsed.Theme;
    }
}
