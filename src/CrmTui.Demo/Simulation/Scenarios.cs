using System.Collections.Immutable;

namespace CrmTui.Demo.Simulation;

/// <summary>The scenarios <c>--scenario</c> accepts.</summary>
public static class Scenarios
{
    public static Scenario FailingResource { get; } = new("failing-resource",
        "web-server's monitor fails every minute, wherever it runs (clean it up, or ban it somewhere else)",
        [new ScenarioStep(TimeSpan.FromSeconds(15), new ResourceFails("web-server", 10_000), TimeSpan.FromMinutes(1))]);

    public static Scenario NodeLost { get; } = new("node-lost",
        "node3 stops answering after 15 s, is fenced, and rejoins a minute later",
        [new ScenarioStep(TimeSpan.FromSeconds(15), new NodeFails("node3", TimeSpan.FromMinutes(1)))]);

    public static Scenario QuorumSplit { get; } = new("quorum-split",
        "after 15 s node2 and node3 become unreachable: node1 alone has no quorum and stops everything; the split heals 90 s later",
        [
            new ScenarioStep(TimeSpan.FromSeconds(15), new QuorumLost(["node2", "node3"])),
            new ScenarioStep(TimeSpan.FromSeconds(105), new QuorumRegained(["node2", "node3"])),
        ]);

    public static ImmutableArray<Scenario> All { get; } = [FailingResource, NodeLost, QuorumSplit];

    public static Scenario? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
