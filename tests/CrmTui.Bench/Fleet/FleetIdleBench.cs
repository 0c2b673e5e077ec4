using System.Diagnostics;
using System.Globalization;
using CrmTui.Bench.Status;
using CrmTui.Commands.Watch;
using CrmTui.Demo.Simulation;
using CrmTui.Transport;
using CrmTui.Tui.App;
using CrmTui.Tui.Fleet;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Bench.Fleet;

/// <summary>
/// The fleet view watching N simulated clusters at once, after it settled: CPU of one core and
/// resident memory while nothing changes. Each cluster is the demo cluster (5 nodes, group,
/// clones, bundle, fence device …) in a CIB file of its own, bootstrapped by crm_simulate; full
/// fetches are the real <c>crm_mon --output-as=xml</c> on that file; the change stream is an
/// inotify watch on the file (<see cref="FileStreamRunner"/>). The fleet loop renders to a
/// terminal that discards the bytes. Not a test: it prints figures for docs/performance.md.
/// <code>
/// crmtui-bench fleet-idle [--clusters 20] [--settle 10] [--idle 60] [--mode stream|probe] [--safety 30] [--interval 1]
/// </code>
/// </summary>
public static class FleetIdleBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clusters = Int(args, "--clusters", 20);
        var settle = Int(args, "--settle", 10);
        var idle = Int(args, "--idle", 60);
        var safety = Int(args, "--safety", 30);
        var interval = Double(args, "--interval", 1);
        var mode = Array.IndexOf(args, "--mode") is var m and >= 0 && m + 1 < args.Length ? Enum.Parse<WatchMode>(args[m + 1], ignoreCase: true) : WatchMode.Stream;

        var local = new LocalProcessRunner();
        var root = Directory.CreateTempSubdirectory("crmtui-fleet-bench-").FullName;
        try
        {
            // One bootstrap (crm_simulate settles the demo cluster), copied to every cluster's own file.
            var seed = Path.Combine(root, "seed.xml");
            var clock = Stopwatch.StartNew();
            await new ClusterSimulation(local, seed, TimeProvider.System).BootstrapAsync().ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fleet-idle: demo CIB bootstrapped in {clock.Elapsed.TotalSeconds:0.0} s ({new FileInfo(seed).Length / 1024} KiB)"));

            var sources = new List<FleetSource>();
            var members = new List<FleetMember>();
            var watch = new WatchOptions { Mode = mode, SafetyRefresh = TimeSpan.FromSeconds(safety), ProbeInterval = TimeSpan.FromSeconds(interval) };
            for (var i = 1; i <= clusters; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"sim-{i:00}");
                var dir = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
                var cib = Path.Combine(dir, "cib.xml");
                File.Copy(seed, cib);
                var runner = new FileStreamRunner(new CibFileRunner(local, cib), cib);
                sources.Add(new FleetSource(name, runner, watch));
                members.Add(new FleetMember(name, UiContext.Default with { ClusterName = name }));
            }

            var terminal = new NullTerminal(160, 48);
            var context = FleetContext.Default;
            var loop = new FleetLoop(terminal, new ScreenRenderer(terminal, Theme.Default, new SgrCache(ColorSystem.TrueColor)), context,
                FleetState.Start(members, DateTimeOffset.UtcNow, terminal.Size), TimeProvider.System, new Dictionary<string, ClusterBackend>());
            using var stop = new CancellationTokenSource();
            var loopTask = loop.RunAsync(stop.Token);
            await using var watchers = FleetWatchers.Start(sources, loop.Post);

            clock.Restart();
            while (watchers.Watchers.Values.Any(w => w.Fetches == 0) || loop.State.Health.Count < clusters)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(3))
                {
                    Console.Error.WriteLine($"fleet-idle: only {loop.State.Health.Count} of {clusters} clusters answered within 3 minutes");
                    return 1;
                }
                await Task.Delay(100).ConfigureAwait(false);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fleet-idle: {clusters} clusters answered in {clock.Elapsed.TotalSeconds:0.0} s; watcher mode {watchers.Watchers.Values.First().Mode}, safety refresh {safety} s; "
                + $"{Environment.ProcessorCount} cores, load {Load()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
            await Task.Delay(TimeSpan.FromSeconds(settle)).ConfigureAwait(false);

            GC.Collect();
            var self0 = Process.GetCurrentProcess().TotalProcessorTime;
            var children0 = ChildCpu.Total();
            var fetches0 = watchers.Fetches;
            var probes0 = watchers.Probes;
            var frames0 = loop.Frames;
            clock.Restart();
            await Task.Delay(TimeSpan.FromSeconds(idle)).ConfigureAwait(false);
            var wall = clock.Elapsed.TotalSeconds;
            var process = Process.GetCurrentProcess();
            var self = (process.TotalProcessorTime - self0).TotalSeconds;
            var children = (ChildCpu.Total() - children0).TotalSeconds;
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"idle {wall:0} s: crmtui (fleet loop + {clusters} watchers) {100 * self / wall:0.00} % of a core; "
                + $"its child processes (crm_mon/probes, which run on the cluster in real use) {100 * children / wall:0.00} %; "
                + $"full fetches {watchers.Fetches - fetches0}, probes {watchers.Probes - probes0}, frames {loop.Frames - frames0}; "
                + $"RSS {process.WorkingSet64 / (1024.0 * 1024):0.0} MiB, managed heap {GC.GetTotalMemory(false) / (1024.0 * 1024):0.0} MiB"));
            var states = loop.State.Health.Values.GroupBy(h => h.Level).Select(g => $"{g.Key}×{g.Count()}");
            Console.WriteLine($"  verdicts: {string.Join(", ", states)}");
            await stop.CancelAsync().ConfigureAwait(false);
            await loopTask.ConfigureAwait(false);
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static double Double(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private sealed class NullTerminal(int width, int height) : ITerminal
    {
        public TerminalSize Size { get; } = new(width, height);
        public event EventHandler<TerminalSize>? Resized { add { } remove { } }
        public void Write(string text) { }
        public ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken) => ValueTask.FromResult(0);
    }
}
