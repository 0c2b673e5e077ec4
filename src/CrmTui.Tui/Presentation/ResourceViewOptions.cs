using CrmTui.Tui.Input;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// crm_mon's display toggles that shape the Resources view: <c>r</c> inactive resources,
/// <c>b</c> brief, <c>n</c> group by node, <c>f</c> fail counts, <c>o</c> operations,
/// <c>t</c> their timings, <c>c</c> tickets, <c>L</c> bans, <c>R</c> details (target-role,
/// description, how many nodes an instance runs on), <c>J</c> pending operations (on by default, as
/// in crm_mon).
/// </summary>
public sealed record ResourceViewOptions(
    bool Inactive = false,
    bool Brief = false,
    bool ByNode = false,
    bool FailCounts = false,
    bool Operations = false,
    bool Timings = false,
    bool Tickets = false,
    bool Bans = false,
    bool Details = false,
    bool Pending = true)
{
    public static ResourceViewOptions From(Func<UiCommand, bool> isOn) => new(
        isOn(UiCommand.ToggleInactive),
        isOn(UiCommand.ToggleBrief),
        isOn(UiCommand.ToggleGroupByNode),
        isOn(UiCommand.ToggleFailCounts),
        isOn(UiCommand.ToggleOperations),
        isOn(UiCommand.ToggleTimings),
        isOn(UiCommand.ToggleTickets),
        isOn(UiCommand.ToggleBans),
        isOn(UiCommand.ToggleDetails),
        isOn(UiCommand.TogglePending));
}
