using System.Collections.Immutable;

namespace CrmTui.Tui.Input;

/// <summary>A key map after user overrides, with one message per problem (then the map is the unchanged original).</summary>
public sealed record KeyMapResult(KeyMap KeyMap, ImmutableArray<string> Errors)
{
    public bool IsValid => Errors.IsEmpty;
}
