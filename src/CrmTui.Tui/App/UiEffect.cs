namespace CrmTui.Tui.App;

/// <summary>Work the update asks the main loop to do (IO, timers); the update itself stays pure.</summary>
public abstract record UiEffect;
