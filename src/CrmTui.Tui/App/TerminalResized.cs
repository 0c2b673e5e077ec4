using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.App;

public sealed record TerminalResized(TerminalSize Size) : UiMessage;
