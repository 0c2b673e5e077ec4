using CrmTui.Cli.Verbs.Target;
using CrmTui.Config;

namespace CrmTui.Cli.Launch;

/// <summary>
/// The cluster the dashboard opens and how: where it is (<see cref="Target"/>), the name used in
/// the audit log, why it is read-only (null: it is not), the configured theme (before
/// <c>--theme</c> and <c>NO_COLOR</c>, which <c>ThemeChoice</c> applies), the <c>[defaults]</c> in
/// force, and a notice for the operator (e.g. which of several configured clusters is shown).
/// </summary>
public sealed record LaunchPlan(
    ClusterTarget Target,
    string ClusterName,
    string? ReadOnlyReason,
    string? ConfiguredTheme,
    Defaults Defaults,
    string? Notice = null)
{
    public bool ReadOnly => ReadOnlyReason is not null;

    /// <summary>With several configured clusters and none chosen: one plan per cluster, in
    /// configuration order, for the fleet view (this plan is the first of them). Empty: one dashboard.</summary>
    public System.Collections.Immutable.ImmutableArray<LaunchPlan> Fleet { get; init; } = [];
}
