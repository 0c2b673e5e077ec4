using CrmTui.Commands.Execution;

namespace CrmTui.Tui.App;

public sealed record ActionFinished(ActionOutcome Outcome) : UiMessage;
