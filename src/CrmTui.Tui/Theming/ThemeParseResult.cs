using System.Collections.Immutable;

namespace CrmTui.Tui.Theming;

/// <summary>A theme built from strings, plus one message per entry that could not be used.</summary>
public sealed record ThemeParseResult(Theme Theme, ImmutableArray<string> Errors)
{
    public bool IsValid => Errors.IsEmpty;
}
