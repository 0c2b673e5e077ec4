using CrmTui.Cli.Verbs.Target;
using CrmTui.Transport;
using CrmTui.Tui.App;
using CrmTui.Tui.Fleet;

namespace CrmTui.Cli.Launch;

/// <summary>
/// What <c>crmtui</c> with no verb needs from the world: the environment, this machine's crm_mon,
/// whether stdin and stdout are a terminal, the runner for a target, and the dashboard itself.
/// Tests replace them; <see cref="Real"/> is the process's.
/// </summary>
public sealed record LaunchDependencies(
    Func<string, string?> Environment,
    Func<CancellationToken, Task<LocalCluster>> LocalCluster,
    Func<bool> HasTerminal,
    Func<ClusterTarget, ICommandRunner> Runners,
    Func<DashboardOptions, CancellationToken, Task<int>> Dashboard)
{
    /// <summary>The fleet view, for several configured clusters (one <see cref="DashboardOptions"/> each).</summary>
    public Func<IReadOnlyList<DashboardOptions>, CancellationToken, Task<int>> Fleet { get; init; } = FleetHost.RunAsync;

    /// <summary>Turns SIGTERM and SIGHUP into cancelling the given source, with the forced path to run
    /// when the grace runs out (<see cref="EndOnSignals.Register"/>); tests capture the forced path.</summary>
    public Func<CancellationTokenSource, Func<int, Task>, IDisposable> Signals { get; init; } = EndOnSignals.Register;

    /// <summary>Kills the local commands still running, for the forced path
    /// (<see cref="LocalProcessRunner.KillRunning"/>); tests replace it, since the real one acts on
    /// the whole process.</summary>
    public Func<IReadOnlyList<string>> KillLocalCommands { get; init; } = LocalProcessRunner.KillRunning;

    public static LaunchDependencies Real { get; } = new(
        System.Environment.GetEnvironmentVariable,
        ct => LocalClusterProbe.ProbeAsync(new LocalProcessRunner(), ct),
        () => !Console.IsInputRedirected && !Console.IsOutputRedirected,
        target => ClusterRunners.Create(target),
        DashboardHost.RunAsync);
}
