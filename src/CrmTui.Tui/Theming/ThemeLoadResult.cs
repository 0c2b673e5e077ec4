using System.Collections.Immutable;

namespace CrmTui.Tui.Theming;

/// <summary>A theme ready to use, or the messages that say why there is none (<c>file:line:col: …</c>
/// for problems in a theme file).</summary>
public sealed record ThemeLoadResult(Theme? Theme, ImmutableArray<string> Errors)
{
    public bool IsValid => Theme is not null && Errors.IsEmpty;

    public static ThemeLoadResult Ok(Theme theme) => new(theme, []);

    public static ThemeLoadResult Failed(IEnumerable<string> errors) => new(null, [.. errors]);
}
