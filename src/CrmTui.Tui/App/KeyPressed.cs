using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.App;

public sealed record KeyPressed(Key Key) : UiMessage;
