using CrmTui.Core.Model;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

// The header's "Last change" says when, by whom, via what and on which node; a CIB nobody stamped
// (crm_mon then writes an empty last_change) gets no empty field.
public sealed class LastChangeHeaderTests
{
    private static ClusterSnapshot With(LastChange change) => Clusters.ThreeNodes() with
    {
        Summary = Clusters.ThreeNodes().Summary! with { LastChange = change },
    };

    [Fact]
    public void A_stamped_change_shows_who_via_what_and_where()
    {
        var change = new LastChange { Time = CrmTime.Parse("Fri Dec  4 17:05:09 2026"), User = "root", Client = "crm_attribute", Origin = "alpha-02" };

        var text = TuiHarness.Start(160, 48, With(change)).ScreenText();

        Assert.Contains("Last change", text, StringComparison.Ordinal);
        Assert.Contains("by root via crm_attribute on alpha-02", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_last_change_gets_no_field()
    {
        var text = TuiHarness.Start(160, 48, With(new LastChange())).ScreenText();

        Assert.DoesNotContain("Last change", text, StringComparison.Ordinal);
        Assert.Contains("Health", text, StringComparison.Ordinal);
    }
}
