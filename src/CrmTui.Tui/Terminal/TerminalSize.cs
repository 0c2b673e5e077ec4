namespace CrmTui.Tui.Terminal;

/// <summary>Terminal size in cells.</summary>
public readonly record struct TerminalSize(int Width, int Height);
