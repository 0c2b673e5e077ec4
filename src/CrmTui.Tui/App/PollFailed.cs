namespace CrmTui.Tui.App;

/// <summary>A poll failed; the last good snapshot stays on screen, marked stale.</summary>
public sealed record PollFailed(string Error, string Host, DateTimeOffset At) : UiMessage;
