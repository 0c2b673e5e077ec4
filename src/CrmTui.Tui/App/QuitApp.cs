namespace CrmTui.Tui.App;

public sealed record QuitApp : UiEffect;
