using System.Collections.Immutable;
using CrmTui.Config.Toml;

namespace CrmTui.Config.Themes;

/// <summary>
/// A theme file as written, checked for structure only: its optional description, the theme it
/// extends, and its role → style entries with their positions. Role names and style strings are
/// checked by the dashboard, which knows the roles and Spectre's style syntax.
/// </summary>
public sealed record ThemeFile(
    string Name,
    string FileName,
    string? Description,
    TomlString? Extends,
    ImmutableArray<ThemeFileStyle> Styles);
