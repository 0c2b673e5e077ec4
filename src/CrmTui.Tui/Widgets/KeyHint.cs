namespace CrmTui.Tui.Widgets;

/// <summary>A key and what it does, for the status line. A disabled hint stays visible, dimmed
/// (read-only mode shows action keys this way; the reason goes in the status message).</summary>
public sealed record KeyHint(string Keys, string Label, bool Disabled = false);
