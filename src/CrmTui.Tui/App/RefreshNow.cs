namespace CrmTui.Tui.App;

/// <summary>Poll now instead of at the next interval (after an action, so its result shows at once).</summary>
public sealed record RefreshNow : UiEffect;
