namespace CrmTui.Tui.App;

/// <summary>Post a <see cref="ClockTick"/> after a delay (to end a change highlight); asked only when something will change then.</summary>
public sealed record ScheduleTick(TimeSpan After) : UiEffect;
