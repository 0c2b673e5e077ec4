using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Fleet;

/// <summary>What does not change while the fleet runs: the key table, the glyphs, and when data counts as stale.</summary>
public sealed record FleetContext(KeyMap Keys, Glyphs Glyphs)
{
    public static FleetContext Default { get; } = new(KeyMap.Default, Glyphs.Unicode);

    /// <summary>Data older than this is stale (red): a watched cluster gets a full fetch at least
    /// every safety refresh (30 s by default), so two and a half of them without one means its
    /// host or its fetch is stuck.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromSeconds(75);

    /// <summary>How often the overview's ages are brought up to date while nothing arrives. One
    /// small frame every few seconds; a cluster that falls silent still turns red on time.</summary>
    public TimeSpan AgeTick { get; init; } = TimeSpan.FromSeconds(5);
}
