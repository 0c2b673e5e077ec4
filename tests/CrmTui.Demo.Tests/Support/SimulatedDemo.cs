using CrmTui.Commands;
using CrmTui.Commands.Audit;
using CrmTui.Commands.Execution;
using CrmTui.Core.Model;
using CrmTui.Demo.Simulation;
using CrmTui.Transport;

namespace CrmTui.Demo.Tests.Support;

/// <summary>A started demo simulation (real crm_simulate and crm_mon on a private CIB), with the
/// product's executor over it and a manual clock. Dispose removes its directory.</summary>
public sealed class SimulatedDemo : IDisposable
{
    private readonly DemoSession _session;

    private SimulatedDemo(DemoSession session, ManualClock clock)
    {
        _session = session;
        Clock = clock;
        Executor = new ActionExecutor(session.Runner, new ExecutorSettings(DemoTopology.ClusterName), new Entries(), clock);
    }

    public ManualClock Clock { get; }

    public ActionExecutor Executor { get; }

    public ClusterSimulation Simulation => _session.Simulation!;

    public ICommandRunner Runner => _session.Runner;

    public string Directory => _session.Directory!;

    public static async Task<SimulatedDemo> StartAsync(Scenario? scenario = null)
    {
        PacemakerToolsFactAttribute.EnsureTools();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var session = await DemoSession.StartAsync(new DemoOptions(Environment.GetEnvironmentVariable("PATH"), false, scenario, new LocalProcessRunner(), clock));
        Assert.False(session.IsReplay, session.ReplayReason);
        return new SimulatedDemo(session, clock);
    }

    /// <summary>crm_mon through the demo's runner, as the dashboard polls it.</summary>
    public async Task<ClusterSnapshot> StatusAsync()
    {
        var status = await new Commands.Status.ClusterStatusQuery(Runner).QueryAsync();
        return status.Snapshot ?? throw new InvalidOperationException($"crm_mon failed in the demo: {status.Error}");
    }

    public async Task<ActionOutcome> ActAsync(ClusterAction action)
    {
        var outcome = await Executor.RunAsync(action, new ActionRequest(Confirmed: true, Snapshot: await StatusAsync()));
        Assert.True(outcome.Succeeded, $"{outcome.Summary}\n{outcome.Stderr}");
        return outcome;
    }

    public static string? WhereRuns(ClusterSnapshot snapshot, string resource) =>
        snapshot.AllPrimitives().Select(p => p.Resource).FirstOrDefault(p => p.BaseId == resource && p.Active)?.NodeName;

    public void Dispose() => _session.Dispose();

    private sealed class Entries : IAuditLog
    {
        public List<AuditEntry> All { get; } = [];

        public void Append(AuditEntry entry) => All.Add(entry);
    }
}
