namespace CrmTui.Tui.App;

/// <summary>Read the CIB's location constraints (for leftover <c>cli-prefer-…</c>) off the UI thread:
/// asked when the bans section opens, on the safety refresh and after a move/ban/clear while it is open.</summary>
public sealed record FetchConstraints : UiEffect;
