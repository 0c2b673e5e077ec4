namespace CrmTui.Tui.App;

/// <summary>Repaint everything on the next frame (Ctrl-L, resize).</summary>
public sealed record ClearScreen : UiEffect;
