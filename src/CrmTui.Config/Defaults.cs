namespace CrmTui.Config;

/// <summary>
/// The <c>[defaults]</c> table: settings for every cluster unless a <see cref="ClusterProfile"/> overrides them.
/// <see cref="RefreshInterval"/> is how often the cluster is probed for changes; <see cref="SafetyInterval"/>
/// is how often a full status fetch happens even when no change was detected, as a safety net.
/// </summary>
public sealed record Defaults(
    TimeSpan RefreshInterval,
    TimeSpan SafetyInterval,
    string Theme,
    bool ReadOnly,
    ConfirmPolicy Confirm,
    bool Mouse,
    GlyphMode Glyphs)
{
    public static readonly TimeSpan MinimumRefresh = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan MaximumInterval = TimeSpan.FromHours(1);

    /// <summary>The values used when the file or the table is absent.</summary>
    public static Defaults BuiltIn { get; } = new(
        RefreshInterval: TimeSpan.FromSeconds(2),
        SafetyInterval: TimeSpan.FromSeconds(60),
        Theme: "default",
        ReadOnly: false,
        Confirm: ConfirmPolicy.Disruptive,
        Mouse: false,
        Glyphs: GlyphMode.Auto);
}
