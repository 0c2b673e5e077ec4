using System.Collections.Immutable;
using CrmTui.Demo.Replay;
using CrmTui.Demo.Simulation;
using CrmTui.Transport;

namespace CrmTui.Demo;

/// <summary>
/// A running demo: the runner the dashboard polls and acts through, whether it is the live
/// simulation or the read-only replay (and why), and the private directory that holds the
/// simulated CIB, removed on dispose.
/// </summary>
public sealed class DemoSession : IDisposable
{
    private DemoSession(ICommandRunner runner, string? replayReason, string? directory, ClusterSimulation? simulation)
    {
        Runner = runner;
        ReplayReason = replayReason;
        Directory = directory;
        Simulation = simulation;
    }

    public ICommandRunner Runner { get; }

    /// <summary>Null for the live simulation; otherwise why the demo replays recordings.</summary>
    public string? ReplayReason { get; }

    public bool IsReplay => ReplayReason is not null;

    /// <summary>The simulation's private directory (CIB, audit log); null in replay.</summary>
    public string? Directory { get; }

    public ClusterSimulation? Simulation { get; }

    /// <summary>Starts the simulation where the tools are on PATH (bootstrapping the cluster
    /// takes a second or two), else the replay.</summary>
    public static async Task<DemoSession> StartAsync(DemoOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var missing = PacemakerTools.Missing(options.Path);
        if (options.ForceReplay || !missing.IsEmpty)
        {
            var reason = options.ForceReplay ? "replay was asked for (--replay)" : NotOnPathReason(missing, options.HintDirectories);
            return new DemoSession(new ReplayRunner(RecordedSnapshots.All, options.Clock, options.ReplayStep), reason, null, null);
        }

        var directory = System.IO.Directory.CreateTempSubdirectory("crmtui-demo-").FullName;
        try
        {
            var simulation = new ClusterSimulation(options.Local, Path.Combine(directory, "cib.xml"), options.Clock);
            await simulation.BootstrapAsync(cancellationToken).ConfigureAwait(false);
            if (options.Scenario is { } scenario)
                simulation.Play(scenario);
            return new DemoSession(new SimulationRunner(simulation), null, directory, simulation);
        }
        catch
        {
            System.IO.Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    private static string NotOnPathReason(ImmutableArray<string> missing, ImmutableArray<string> hintDirectories)
    {
        var tools = string.Join(", ", missing);
        return PacemakerTools.DirectoryHolding(missing, hintDirectories) is { } dir
            ? $"Pacemaker's CLI tools are not on PATH ({tools}), but {dir} has them: add {dir} to PATH for the live simulation"
            : $"Pacemaker's CLI tools are not on PATH ({tools}); install them for the live simulation (./install.sh --with-pacemaker-tools)";
    }

    public void Dispose()
    {
        if (Directory is not null && System.IO.Directory.Exists(Directory))
            System.IO.Directory.Delete(Directory, recursive: true);
    }
}
