using CrmTui.Commands.Constraints;

namespace CrmTui.Tui.App;

/// <summary>The location constraints as read at <paramref name="At"/>, or why they could not be.</summary>
public sealed record ConstraintsReceived(ConstraintsResult Read, DateTimeOffset At) : UiMessage;
