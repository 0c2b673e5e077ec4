using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Fleet;

/// <summary>What does not change while the fleet runs: the key table, the glyphs, and how often ages tick (when data counts as stale is each member's: <see cref="FleetMember.StaleAfter"/>).</summary>
public sealed record FleetContext(KeyMap Keys, Glyphs Glyphs)
{
    public static FleetContext Default { get; } = new(KeyMap.Default, Glyphs.Unicode);

    /// <summary>How often the overview's ages are brought up to date while nothing arrives. One
    /// small frame every few seconds; a cluster that falls silent still turns red on time.</summary>
    public TimeSpan AgeTick { get; init; } = TimeSpan.FromSeconds(5);
}
