using CrmTui.Commands;
using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.App;

/// <summary>What does not change while the dashboard runs: key table, glyph set, read-only reason.</summary>
public sealed record UiContext(KeyMap Keys, Glyphs Glyphs, string? ReadOnlyReason = null, string ClusterName = "cluster")
{
    public static UiContext Default { get; } = new(KeyMap.Default, Glyphs.Unicode);

    /// <summary>How long a changed row stays highlighted.</summary>
    public TimeSpan ChangeHighlight { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The lowest danger that asks before it runs (config <c>confirm</c>); null: nothing asks.
    /// A destructive action that asks wants the target's name typed.</summary>
    public Danger? ConfirmFrom { get; init; } = Danger.Disruptive;
}
