using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Demo.Simulation;
using CrmTui.Demo.Tests.Support;
using CrmTui.Transport;

namespace CrmTui.Demo.Tests.Simulation;

/// <summary>
/// The demo against Pacemaker's real tools: actions built by CrmTui.Commands, run by the product's
/// executor through the simulation runner, settled by crm_simulate, read back by crm_mon.
/// </summary>
public sealed class SimulationTests
{
    [PacemakerToolsFact]
    public async Task The_demo_starts_with_every_node_up_and_something_to_triage()
    {
        using var demo = await SimulatedDemo.StartAsync();

        var snapshot = await demo.StatusAsync();

        Assert.All(snapshot.Nodes, n => Assert.True(n.Online, $"{n.Name} is not online"));
        Assert.Equal(5, snapshot.Nodes.Length);
        Assert.Equal(2, snapshot.Nodes.Count(n => n.Type == Core.Model.NodeType.Remote));
        Assert.Contains(snapshot.Failures, f => f.Node == "node2" && f.Resource == "web-server");
        Assert.Contains(snapshot.Bans, b => b.Id == "cli-ban-mail-on-node1");
        Assert.Contains(snapshot.Tickets, t => t.Id == DemoTopology.Ticket && t.Granted);
        Assert.Equal("node2", SimulatedDemo.WhereRuns(snapshot, "web-ip"));
        Assert.Null(SimulatedDemo.WhereRuns(snapshot, "report"));
        Assert.Equal(3, snapshot.AllPrimitives().Count(p => p.Resource.Id.StartsWith("cache-podman-", StringComparison.Ordinal) && p.Resource.Active));
        Assert.True(File.Exists(Path.Combine(demo.Directory, "cib.xml")));
    }

    [PacemakerToolsFact]
    public async Task Standby_moves_the_nodes_resources_away_and_unstandby_lets_them_back()
    {
        using var demo = await SimulatedDemo.StartAsync();

        await demo.ActAsync(new StandbyNode("node2"));
        var standby = await demo.StatusAsync();

        Assert.True(standby.FindNode("node2")!.Standby);
        Assert.DoesNotContain(standby.AllPrimitives(), p => p.Resource.Active && p.Resource.NodeName == "node2");
        Assert.NotNull(SimulatedDemo.WhereRuns(standby, "web-server"));

        await demo.ActAsync(new UnstandbyNode("node2"));
        Assert.Equal("node2", SimulatedDemo.WhereRuns(await demo.StatusAsync(), "web-ip"));
    }

    [PacemakerToolsFact]
    public async Task Last_change_says_what_changed_the_cluster_last_and_a_query_is_not_a_change()
    {
        using var demo = await SimulatedDemo.StartAsync();

        var started = (await demo.StatusAsync()).Summary?.LastChange;
        Assert.NotNull(started);
        Assert.NotNull(started.Time.Value);
        Assert.Equal("crmtui-demo", started.Client);
        Assert.Equal("node1", started.Origin);
        Assert.Equal(Environment.UserName, started.User);

        await demo.ActAsync(new StandbyNode("node2"));
        var standby = (await demo.StatusAsync()).Summary?.LastChange;
        Assert.Equal("crm_attribute", standby?.Client);

        var query = await demo.Runner.RunAsync(CommandLine.Of("crm_ticket", "--info"));
        Assert.True(query.Succeeded, query.Stderr);
        var afterQuery = (await demo.StatusAsync()).Summary?.LastChange;
        Assert.Equal("crm_attribute", afterQuery?.Client);
        Assert.Equal(standby?.Time.Raw, afterQuery?.Time.Raw);
    }

    [PacemakerToolsFact]
    public async Task Cleanup_clears_the_failure_and_its_fail_count()
    {
        using var demo = await SimulatedDemo.StartAsync();

        var outcome = await demo.ActAsync(new CleanupResource("web-server", "node2"));
        var snapshot = await demo.StatusAsync();

        Assert.Empty(snapshot.Failures);
        Assert.DoesNotContain(snapshot.NodeHistory.SelectMany(h => h.Resources), r => r.FailCountValue > 0);
        Assert.Equal("node2", SimulatedDemo.WhereRuns(snapshot, "web-server"));
        Assert.Contains("cleared 3 failure record(s)", outcome.Stdout, StringComparison.Ordinal);
    }

    [PacemakerToolsFact]
    public async Task Ban_moves_a_resource_clear_removes_every_cli_constraint_and_enable_starts_the_held_resource()
    {
        using var demo = await SimulatedDemo.StartAsync();
        var before = SimulatedDemo.WhereRuns(await demo.StatusAsync(), "mail")!;

        await demo.ActAsync(new BanResource("mail", before));
        var banned = await demo.StatusAsync();
        Assert.NotEqual(before, SimulatedDemo.WhereRuns(banned, "mail"));
        Assert.Contains(banned.Bans, b => b.Id == $"cli-ban-mail-on-{before}");

        await demo.ActAsync(new ClearResource("mail"));
        Assert.DoesNotContain((await demo.StatusAsync()).Bans, b => b.Resource == "mail");

        await demo.ActAsync(new EnableResource("batch"));
        var enabled = await demo.StatusAsync();
        Assert.NotNull(SimulatedDemo.WhereRuns(enabled, "batch"));
        Assert.Equal(SimulatedDemo.WhereRuns(enabled, "batch"), SimulatedDemo.WhereRuns(enabled, "report"));
    }

    [PacemakerToolsFact]
    public async Task Fencing_takes_the_node_down_and_it_rejoins_after_the_delay()
    {
        using var demo = await SimulatedDemo.StartAsync();

        await demo.ActAsync(new FenceNode("node3"));
        var fenced = await demo.StatusAsync();
        Assert.False(fenced.FindNode("node3")!.Online);
        Assert.DoesNotContain(fenced.AllPrimitives(), p => p.Resource.Active && p.Resource.NodeName == "node3");

        demo.Clock.Advance(demo.Simulation.FenceRejoinDelay - TimeSpan.FromSeconds(1));
        Assert.False((await demo.StatusAsync()).FindNode("node3")!.Online);

        demo.Clock.Advance(TimeSpan.FromSeconds(1));
        var back = await demo.StatusAsync();
        Assert.True(back.FindNode("node3")!.Online);
        Assert.Contains(back.AllPrimitives(), p => p.Resource.Active && p.Resource.NodeName == "node3");
    }

    [PacemakerToolsFact]
    public async Task The_failing_resource_scenario_fails_the_monitor_again_every_minute()
    {
        using var demo = await SimulatedDemo.StartAsync(Scenarios.FailingResource);
        await demo.ActAsync(new CleanupResource("web-server"));
        Assert.Empty((await demo.StatusAsync()).Failures);

        demo.Clock.Advance(TimeSpan.FromSeconds(15));
        var failed = await demo.StatusAsync();
        Assert.Contains(failed.Failures, f => f.Resource == "web-server");

        await demo.ActAsync(new CleanupResource("web-server"));
        demo.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Contains((await demo.StatusAsync()).Failures, f => f.Resource == "web-server");
    }

    [PacemakerToolsFact]
    public async Task The_quorum_split_scenario_stops_everything_on_the_lone_node_then_heals()
    {
        using var demo = await SimulatedDemo.StartAsync(Scenarios.QuorumSplit);

        demo.Clock.Advance(TimeSpan.FromSeconds(15));
        var split = await demo.StatusAsync();
        Assert.False(split.Summary!.CurrentDc!.WithQuorum ?? true);
        Assert.False(split.FindNode("node2")!.Online);
        // Without quorum the lost nodes cannot be fenced: they stay unclean, their resources in
        // doubt, and no-quorum-policy=stop stops what the lone node ran.
        Assert.True(split.FindNode("node2")!.Unclean);
        Assert.DoesNotContain(split.AllPrimitives(), p => p.Resource.Active && p.Resource.NodeName == "node1" && !p.Resource.Agent.StartsWith("stonith:", StringComparison.Ordinal));

        demo.Clock.Advance(TimeSpan.FromSeconds(90));
        var healed = await demo.StatusAsync();
        Assert.True(healed.Summary!.CurrentDc!.WithQuorum ?? false);
        Assert.All(healed.Nodes, n => Assert.True(n.Online, n.Name));
        Assert.NotNull(SimulatedDemo.WhereRuns(healed, "web-ip"));
    }

    [PacemakerToolsFact]
    public async Task A_tool_failure_reaches_the_caller_as_a_failed_result_and_the_simulation_goes_on()
    {
        using var demo = await SimulatedDemo.StartAsync();

        var result = await demo.Runner.RunAsync(CommandLine.Of("crm_resource", "--resource=no-such", "--meta", "--set-parameter=target-role", "--parameter-value=Stopped"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(5, (await demo.StatusAsync()).Nodes.Count(n => n.Online));
    }
}
