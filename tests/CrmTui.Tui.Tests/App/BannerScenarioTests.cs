using CrmTui.Core.Model;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

// Cluster options that change what the cluster does get a banner on every view, and the banner
// goes when the option is cleared.
public sealed class BannerScenarioTests
{
    public static TheoryData<int, int> Sizes => new() { { 80, 24 }, { 160, 48 } };

    private static ClusterSnapshot Frozen() => Clusters.ThreeNodes() with
    {
        Summary = Clusters.ThreeNodes().Summary! with
        {
            Options = new ClusterOptions { StonithEnabled = false, MaintenanceMode = true, StopAllResources = true, NoQuorumPolicy = "stop" },
        },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Maintenance_mode_stop_all_resources_and_stonith_disabled_each_get_a_banner(int w, int h) =>
        TuiHarness.Start(w, h, Frozen()).AssertScreen($"App/option-banners-{w}x{h}");

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("4")]
    [InlineData("5")]
    public void The_banners_stay_on_every_view_and_go_when_the_options_are_cleared(string view)
    {
        // Given
        var h = TuiHarness.Start(160, 48, Frozen()).Press(view);
        var text = h.ScreenText();
        Assert.Contains("stop-all-resources is set", text);
        Assert.Contains("Cluster maintenance mode", text);
        Assert.Contains("STONITH is disabled", text);

        // When
        h.Receive(Clusters.ThreeNodes());

        // Then
        text = h.ScreenText();
        // (the Events view may still say that the options changed: that is the timeline, not a banner)
        Assert.DoesNotContain("stop-all-resources is set", text);
        Assert.DoesNotContain("Cluster maintenance mode:", text);
        Assert.DoesNotContain("STONITH is disabled:", text);
    }
}
