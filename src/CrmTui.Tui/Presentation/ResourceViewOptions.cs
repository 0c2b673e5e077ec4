using CrmTui.Tui.Input;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// crm_mon's display toggles that shape the Resources view: <c>r</c> inactive resources,
/// <c>b</c> brief, <c>n</c> group by node, <c>f</c> fail counts, <c>o</c> operations,
/// <c>t</c> their timings, <c>c</c> tickets, <c>L</c> bans.
/// </summary>
public sealed record ResourceViewOptions(
    bool Inactive = false,
    bool Brief = false,
    bool ByNode = false,
    bool FailCounts = false,
    bool Operations = false,
    bool Timings = false,
    bool Tickets = false,
    bool Bans = false)
{
    public static ResourceViewOptions From(Func<UiCommand, bool> isOn) => new(
        isOn(UiCommand.ToggleInactive),
        isOn(UiCommand.ToggleBrief),
        isOn(UiCommand.ToggleGroupByNode),
        isOn(UiCommand.ToggleFailCounts),
        isOn(UiCommand.ToggleOperations),
        isOn(UiCommand.ToggleTimings),
        isOn(UiCommand.ToggleTickets),
        isOn(UiCommand.ToggleBans));
}
