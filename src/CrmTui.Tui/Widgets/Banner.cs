namespace CrmTui.Tui.Widgets;

/// <summary>A full-width notice above the view: maintenance mode, no quorum, stale data, failover …</summary>
public sealed record Banner(BannerLevel Level, string Text);
