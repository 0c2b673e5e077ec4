using System.Collections.Immutable;
using CrmTui.Config;

namespace CrmTui.Tui.Theming;

/// <summary>
/// One theme the catalog knows: where it comes from, its description, the theme built from it
/// (null when the file could not be read at all) and every problem found in it. A theme with
/// problems is listed but never used: loading it by name gives its problems instead.
/// </summary>
public sealed record ThemeEntry(ThemeSource Source, string? Description, Theme? Theme, ImmutableArray<ConfigError> Problems)
{
    public string Name => Source.Name;

    public bool IsUsable => Theme is not null && Problems.IsEmpty;
}
