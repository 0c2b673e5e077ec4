namespace CrmTui.Tui.App;

/// <summary>A timer the update asked for (<see cref="ScheduleTick"/>) fired; there is no idle ticking.</summary>
public sealed record ClockTick(DateTimeOffset Now) : UiMessage;
