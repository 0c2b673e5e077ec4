using CrmTui.Tui.Tests.App;

namespace CrmTui.Tui.Tests.Fleet;

// A fleet in every state an overview must show: healthy, warning, stale, never answered.
internal static class FleetFixtures
{
    public static FleetHarness Mixed(int width = 80, int height = 24)
    {
        var h = FleetHarness.Start(width, height);
        h.Receive("alpha", Clusters.ThreeNodes());
        h.Receive("bravo", FailureScenarioTests.WithFailures());
        h.Receive("charlie", Clusters.ThreeNodes());
        h.Advance(TimeSpan.FromSeconds(20));
        h.PollFails("charlie", "ssh: connect to host charlie-01 port 22: Connection refused");
        h.Receive("alpha", Clusters.ThreeNodes());
        return h.Advance(TimeSpan.FromSeconds(5));
    }
}
