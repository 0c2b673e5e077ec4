using CrmTui.Tui.Input;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Tests.Views;

namespace CrmTui.Tui.Tests.App;

// Every crm_mon toggle letter changes what is on the screen, not just a flag in the state: on a
// fixture that has the data, in the view where the toggle matters, the text it adds (or removes)
// appears and goes again.
public sealed class ToggleEffectTests
{
    public static TheoryData<string, UiCommand, string, string, string[], string> Cases => new()
    {
        { "c", UiCommand.ToggleTickets, "ticket-rsc-sets-14", "2", [], "Tickets" },
        { "f", UiCommand.ToggleFailCounts, "bundle-connection-with-container", "2", [], "Fails" },
        { "n", UiCommand.ToggleGroupByNode, "cts-cli-crm_mon", "2", [], "Node cluster01: online" },
        { "o", UiCommand.ToggleOperations, "cts-cli-crm_mon", "2", [], "Operations" },
        { "t", UiCommand.ToggleTimings, "cts-cli-crm_mon", "2", ["o"], "exec-time=" },
        { "r", UiCommand.ToggleInactive, "cts-cli-crm_mon", "2", [], "inactive-dhcpd" },
        { "R", UiCommand.ToggleDetails, "cts-cli-crm_mon", "1", [], "id 1" },
        { "A", UiCommand.ToggleAttributes, "cts-cli-crm_mon", "1", [], "pingd" },
        { "L", UiCommand.ToggleBans, "bundle-connection-with-container", "2", [], "Negative Location Constraints" },
        { "D", UiCommand.ToggleHeaders, "cts-cli-crm_mon", "1", [], "Quorum" },
        { "b", UiCommand.ToggleBrief, "cts-cli-crm_mon", "2", [], "[ cluster01 cluster02 ]" },
        { "J", UiCommand.TogglePending, "pending-monitor-696", "2", [], "pending: Monitoring" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_toggle_letter_shows_or_hides_what_it_names(string key, UiCommand toggle, string fixture, string view, string[] before, string text)
    {
        // Given: the view where the toggle matters, on a cluster that has the data (a tall screen, so sections below the resources fit)
        var h = ViewGoldenTests.Start(160, 200, Fixtures.Load(fixture)).Press(view).Press(before);
        var wasOn = h.State.IsOn(toggle);
        Assert.Equal(wasOn, h.ScreenText().Contains(text, StringComparison.Ordinal));

        // When
        h.Press(key);

        // Then: the text follows the toggle, both ways
        Assert.Equal(!wasOn, h.State.IsOn(toggle));
        Assert.Equal(!wasOn, h.ScreenText().Contains(text, StringComparison.Ordinal));
        h.Press(key);
        Assert.Equal(wasOn, h.ScreenText().Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Pending_operations_and_the_summary_header_start_on_as_in_crm_mon()
    {
        var h = TuiHarness.Start();

        Assert.True(h.State.IsOn(UiCommand.TogglePending));
        Assert.True(h.State.IsOn(UiCommand.ToggleHeaders));
        Assert.False(h.State.IsOn(UiCommand.ToggleDetails));
    }

    [Fact]
    public void Details_show_a_restricting_target_role_but_not_the_default_started()
    {
        // Given: a promotable instance whose target-role is Started (the default)
        var h = ViewGoldenTests.Start(160, 200, Fixtures.Load("cts-cli-crm_mon")).Press("2", "R");

        // Then: details add nothing for it
        Assert.DoesNotContain("target-role Started", h.ScreenText());
    }
}
