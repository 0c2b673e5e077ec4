namespace CrmTui.Tui.App;

/// <summary>
/// Everything that can happen to the UI arrives as a message in the main loop's inbox: keys,
/// resizes, clock ticks, poll results, finished actions. Only the UI thread reads them.
/// </summary>
public abstract record UiMessage;
