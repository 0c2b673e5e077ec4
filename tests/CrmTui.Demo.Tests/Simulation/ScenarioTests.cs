using CrmTui.Demo.Simulation;

namespace CrmTui.Demo.Tests.Simulation;

public sealed class ScenarioTests
{
    [Theory]
    [InlineData("failing-resource")]
    [InlineData("node-lost")]
    [InlineData("QUORUM-SPLIT")]
    public void Every_scenario_is_found_by_name_and_acts_on_demo_names(string name)
    {
        var scenario = Scenarios.Find(name);

        Assert.NotNull(scenario);
        Assert.NotEmpty(scenario.Steps);
        var nodes = DemoTopology.AllNodes.ToHashSet();
        foreach (var step in scenario.Steps)
        {
            IEnumerable<string> named = step.Change switch
            {
                NodeFails f => [f.Node],
                QuorumLost q => q.Nodes,
                QuorumRegained q => q.Nodes,
                _ => [],
            };
            Assert.All(named, n => Assert.Contains(n, nodes));
        }
    }

    [Fact]
    public void An_unknown_name_is_null()
    {
        Assert.Null(Scenarios.Find("meteor"));
    }
}
