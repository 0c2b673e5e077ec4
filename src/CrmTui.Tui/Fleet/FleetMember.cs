using CrmTui.Commands.Watch;
using CrmTui.Tui.App;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Fleet;

/// <summary>One configured cluster in the fleet: its name (the <c>[[cluster]]</c> profile's), the
/// context its own dashboard runs with (read-only reason, cluster name in the title), and when its
/// data counts as stale (<see cref="StaleLimit"/> of its own safety refresh).</summary>
public sealed record FleetMember(string Name, UiContext Context)
{
    public TimeSpan StaleAfter { get; init; } = StaleLimit.Default;

    /// <summary>The member for a cluster as the CLI hands it over (its dashboard's options).</summary>
    public static FleetMember Of(DashboardOptions options, Glyphs glyphs)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = options.Executor.ClusterName;
        var safety = (options.Watch ?? WatchOptions.Default).SafetyRefresh;
        return new FleetMember(name, new UiContext(options.Keys, glyphs, options.ReadOnlyReason ?? (options.Executor.ReadOnly ? "read-only mode" : null), name))
        {
            StaleAfter = StaleLimit.For(safety),
        };
    }
}
