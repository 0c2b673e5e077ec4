using System.Collections.Immutable;

namespace CrmTui.Config.Themes;

/// <summary>A theme file that could be read (possibly with errors in some entries), or none, and every error found.</summary>
public sealed record ThemeFileResult(ThemeFile? File, ImmutableArray<ConfigError> Errors)
{
    public bool IsValid => Errors.IsEmpty && File is not null;
}
