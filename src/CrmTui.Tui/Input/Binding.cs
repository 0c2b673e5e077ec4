using System.Collections.Immutable;
using CrmTui.Commands;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Input;

/// <summary>
/// Keys → a command, with the text shown in help and docs/keys.md. <paramref name="Danger"/> is set
/// for cluster actions (null for navigation and display); <paramref name="Context"/> is a
/// <see cref="KeyContexts"/> value.
/// </summary>
public sealed record Binding(
    ImmutableArray<Key> Keys,
    UiCommand Command,
    string Description,
    Danger? Danger = null,
    string Context = KeyContexts.Global)
{
    public bool IsAction => Danger is not null;
}
