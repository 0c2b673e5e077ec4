using CrmTui.Config.Toml;

namespace CrmTui.Config.Themes;

/// <summary>One <c>"role" = "style"</c> line of a theme's <c>[styles]</c> table. Dotted keys are joined
/// (<c>node.online</c> written bare, quoted or as <c>[styles.node]</c> all give <c>node.online</c>).</summary>
public sealed record ThemeFileStyle(string Role, TomlPosition RolePosition, TomlString Style);
