using CrmTui.Commands;
using CrmTui.Commands.Status;
using CrmTui.Core.Model;
using CrmTui.Transport;

namespace CrmTui.Demo.Simulation;

/// <summary>
/// The demo cluster as a CIB file moved on by Pacemaker's own tools: <c>crm_simulate</c> runs the
/// real scheduler and records every scheduled action as done, <c>crm_attribute</c> writes what
/// agents and the controller would. Not thread-safe: <see cref="SimulationRunner"/> serialises.
/// </summary>
public sealed class ClusterSimulation
{
    private readonly TimeProvider _clock;

    public ClusterSimulation(ICommandRunner local, string cibPath, TimeProvider clock)
    {
        Tools = new CibFileRunner(local ?? throw new ArgumentNullException(nameof(local)), cibPath);
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Runs argv with <c>CIB_file</c> set to this simulation's CIB.</summary>
    public CibFileRunner Tools { get; }

    public string CibPath => Tools.CibPath;

    public DemoTimeline Timeline { get; } = new();

    /// <summary>How long a fenced node stays down before it boots and rejoins.</summary>
    public TimeSpan FenceRejoinDelay { get; init; } = TimeSpan.FromSeconds(45);

    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>
    /// Writes the demo CIB and brings the cluster up: full nodes join (remote nodes follow when
    /// their connections start), the ticket is granted, agents' attributes are set, the
    /// scheduler starts everything, then web-server's monitor fails once on node2.
    /// </summary>
    public async Task BootstrapAsync(CancellationToken cancellationToken = default)
    {
        await File.WriteAllTextAsync(CibPath, DemoCib.Text, cancellationToken).ConfigureAwait(false);
        await StepAsync("bring the full nodes up", CrmSimulate.NodesUp(CibPath, DemoTopology.FullNodes), cancellationToken).ConfigureAwait(false);
        await StepAsync("grant the ticket", CrmSimulate.GrantTicket(CibPath, DemoTopology.Ticket), cancellationToken).ConfigureAwait(false);
        foreach (var node in DemoTopology.AllNodes)
            await SetAgentAttributesAsync(node, cancellationToken).ConfigureAwait(false);
        await SettleAsync(cancellationToken).ConfigureAwait(false);
        await FailMonitorAsync(DemoTopology.StartingFailure, cancellationToken).ConfigureAwait(false);
        await StampChangeAsync("crmtui-demo", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Schedules a scenario's steps from now on.</summary>
    public void Play(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        foreach (var step in scenario.Steps)
            Timeline.Schedule(Now + step.At, step.Change, step.Every);
    }

    /// <summary>Applies every change that is due now, in order.</summary>
    public async Task ApplyDueAsync(CancellationToken cancellationToken = default)
    {
        foreach (var change in Timeline.TakeDue(Now))
            await ApplyAsync(change, cancellationToken).ConfigureAwait(false);
    }

    public async Task ApplyAsync(SimulatedChange change, CancellationToken cancellationToken = default)
    {
        switch (change)
        {
            case NodeFails fails:
                await StepAsync(change.Describe(), CrmSimulate.NodesFail(CibPath, [fails.Node]), cancellationToken).ConfigureAwait(false);
                if (fails.RejoinAfter is { } after)
                    Timeline.Schedule(Now + after, new NodeRejoins(fails.Node));
                break;
            case NodeRejoins rejoins:
                await StepAsync(change.Describe(), CrmSimulate.NodesUp(CibPath, [rejoins.Node]), cancellationToken).ConfigureAwait(false);
                await SetAgentAttributesAsync(rejoins.Node, cancellationToken).ConfigureAwait(false);
                break;
            case ResourceFails fails:
                if (await WhereRunsAsync(fails.Resource, cancellationToken).ConfigureAwait(false) is { } node)
                    await FailMonitorAsync(new MonitorFailure(fails.Resource, fails.IntervalMs, node), cancellationToken).ConfigureAwait(false);
                return;
            case QuorumLost lost:
                await StepAsync(change.Describe(), CrmSimulate.Quorum(CibPath, false, lost.Nodes), cancellationToken).ConfigureAwait(false);
                break;
            case QuorumRegained regained:
                await StepAsync(change.Describe(), CrmSimulate.Quorum(CibPath, true, regained.Nodes), cancellationToken).ConfigureAwait(false);
                foreach (var back in regained.Nodes)
                    await SetAgentAttributesAsync(back, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, "unknown simulated change");
        }
        await SettleAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lets the scheduler act on the current CIB and records the result.</summary>
    public Task SettleAsync(CancellationToken cancellationToken = default) =>
        StepAsync("settle the cluster", CrmSimulate.Settle(CibPath), cancellationToken);

    /// <summary>Forgets failures like <c>crm_resource --cleanup</c>, then settles. Returns how many records went.</summary>
    public async Task<int> CleanupAsync(string? resource, string? node, CancellationToken cancellationToken = default)
    {
        var (cib, removed) = OfflineCleanup.Clear(await File.ReadAllTextAsync(CibPath, cancellationToken).ConfigureAwait(false), resource, node);
        await File.WriteAllTextAsync(CibPath, cib, cancellationToken).ConfigureAwait(false);
        await SettleAsync(cancellationToken).ConfigureAwait(false);
        return removed;
    }

    /// <summary>Records a change as the CIB manager would (crm_mon's "Last change"): now, by this
    /// user, via <paramref name="client"/>, on the first full node (where the demo's commands "run").</summary>
    public async Task StampChangeAsync(string client, CancellationToken cancellationToken = default)
    {
        var cib = await File.ReadAllTextAsync(CibPath, cancellationToken).ConfigureAwait(false);
        var stamped = LastChangeStamp.Apply(cib, _clock.GetUtcNow(), Environment.UserName, client, DemoTopology.FullNodes[0]);
        await File.WriteAllTextAsync(CibPath, stamped, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>crm_mon's view of the simulated cluster.</summary>
    public Task<StatusResult> StatusAsync(CancellationToken cancellationToken = default) =>
        new ClusterStatusQuery(Tools).QueryAsync(cancellationToken);

    /// <summary>The monitor finds the resource stopped: crm_simulate records the failure, its
    /// fail count and last-failure time as the controller would, and the scheduler recovers it.</summary>
    private async Task FailMonitorAsync(MonitorFailure failure, CancellationToken cancellationToken)
    {
        await StepAsync($"{failure.Resource}'s monitor fails on {failure.Node}", CrmSimulate.Inject(CibPath, failure), cancellationToken).ConfigureAwait(false);
        await SettleAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> WhereRunsAsync(string resource, CancellationToken cancellationToken)
    {
        var status = await StatusAsync(cancellationToken).ConfigureAwait(false);
        return status.Snapshot?.AllPrimitives()
            .Select(p => p.Resource)
            .FirstOrDefault(p => p.BaseId == resource && p.Active && p.NodeName is not null)?.NodeName;
    }

    /// <summary>What the agents on a running node would maintain: ping's <c>pingd</c> everywhere,
    /// the Stateful agent's promotion score on the full nodes.</summary>
    private async Task SetAgentAttributesAsync(string node, CancellationToken cancellationToken)
    {
        await SetTransientAsync(node, DemoTopology.PingAttribute, DemoTopology.PingValue, cancellationToken).ConfigureAwait(false);
        if (DemoTopology.FullNodes.Contains(node))
            await SetTransientAsync(node, DemoTopology.PromotionAttribute, DemoTopology.PromotionValue, cancellationToken).ConfigureAwait(false);
    }

    private Task SetTransientAsync(string node, string name, string value, CancellationToken cancellationToken) =>
        StepAsync($"set {name} on {node}", Argv.For("crm_attribute").Option("--node", node).Option("--name", name)
            .Option("--update", value).Option("--lifetime", "reboot").Build(), cancellationToken);

    private async Task StepAsync(string what, CommandLine command, CancellationToken cancellationToken)
    {
        var result = await Tools.RunAsync(command, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
            throw new SimulationStepFailed(what, result);
    }
}
