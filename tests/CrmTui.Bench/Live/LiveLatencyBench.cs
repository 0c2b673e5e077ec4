using System.Diagnostics;
using System.Globalization;
using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;
using TransportCommand = CrmTui.Transport.CommandLine;

namespace CrmTui.Bench.Live;

/// <summary>
/// Change → screen latency of the dashboard's watcher over ssh, next to crm_mon's interactive
/// mode watching the same flips in the same run; then the idle cost of both. Not a test: it prints
/// figures for docs/performance.md.
/// <code>
/// sudo tests/lab/lab-up.sh live
/// crmtui-bench live-latency [--lab live] [--flips 20] [--gap 2] [--idle 30] [--mode auto|stream|probe|poll] [--interval 1]
/// sudo tests/lab/lab-down.sh live
/// </code>
/// Each flip is <c>crm_attribute --node N --name standby --update on|off</c> run inside the lab
/// (tests/lab/lab-exec.sh, no ssh), timed from just before it starts until each screen shows it.
/// </summary>
public static class LiveLatencyBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Args.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: live-latency [--lab NAME] [--flips N] [--gap S] [--idle S] [--mode auto|stream|probe|poll] [--interval S]");
            return 2;
        }
        if (LabSsh.Read(options.Lab, out var why) is not { } lab)
        {
            Console.Error.WriteLine("live-latency: " + why);
            return 2;
        }
        var labExec = FindLabExec();
        if (labExec is null)
        {
            Console.Error.WriteLine("live-latency: tests/lab/lab-exec.sh not found above the current directory");
            return 2;
        }

        await using var ssh = new SshCommandRunner(lab.Target());
        var runner = new CountingRunner(ssh);
        var dashboard = new DashboardProbe();
        var query = new ClusterStatusQuery(runner);
        var watch = new WatchOptions { Mode = options.Mode, ProbeInterval = TimeSpan.FromSeconds(options.Interval) };
        var local = new LocalProcessRunner();
        await Flip(local, labExec, lab, "off");

        await using var watcher = new ClusterWatcher(runner, query.QueryAsync, dashboard.Receive, watch).Start();
        await using var crmMon = await TmuxCrmMon.StartAsync(lab);
        var reference = new ScreenWatch(crmMon);
        var referenceLoop = reference.RunAsync();
        try
        {
            if (!await Until(() => dashboard.Screen.Text.Contains(lab.NodeName, StringComparison.Ordinal) && reference.Text.Contains("Online:", StringComparison.Ordinal), 20))
            {
                Console.Error.WriteLine("live-latency: the dashboard or crm_mon never showed the online node");
                return 1;
            }
            Console.WriteLine($"live-latency: {options.Flips} standby flips on {lab.NodeName} ({lab.Address}, lab {lab.Name}), watcher mode {watcher.Mode}, "
                + $"{Environment.ProcessorCount} cores, load {Load()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

            var ours = new List<double>();
            var theirs = new List<double>();
            var flipTimes = new List<double>();
            var oursAfter = new List<double>();
            var theirsAfter = new List<double>();
            for (var i = 0; i < options.Flips; i++)
            {
                var on = i % 2 == 0;
                var start = Stopwatch.GetTimestamp();
                flipTimes.Add(await Flip(local, labExec, lab, on ? "on" : "off"));
                // The node's own row, not the whole screen: the dashboard's key hints say "standby" too.
                bool Ours() => ShowsStandby(dashboard.Screen.Text, lab.NodeName) == on;
                bool Theirs() => ShowsStandby(reference.Text, lab.NodeName) == on;
                var okOurs = await Until(Ours, 10);
                var okTheirs = await Until(Theirs, 10);
                ours.Add(okOurs ? Stopwatch.GetElapsedTime(start, dashboard.Screen.ChangedAt).TotalMilliseconds : double.NaN);
                theirs.Add(okTheirs ? Stopwatch.GetElapsedTime(start, reference.ChangedAt).TotalMilliseconds : double.NaN);
                oursAfter.Add(ours[^1] - flipTimes[^1]);
                theirsAfter.Add(theirs[^1] - flipTimes[^1]);
                await Task.Delay(TimeSpan.FromSeconds(options.Gap));
            }
            if (options.Flips % 2 == 1)
                await Flip(local, labExec, lab, "off");
            Report("crmtui watcher → rendered screen", ours);
            Report("crm_mon interactive (tmux)", theirs);
            Report("the flip command itself", flipTimes);
            // The change is committed somewhere inside the flip command (lab-exec + crm_attribute):
            // from its start is an upper bound of change → screen, from its end a lower bound.
            Report("crmtui, from the flip's end", oursAfter);
            Report("crm_mon, from the flip's end", theirsAfter);

            // The reference's reader spawns tmux capture-pane every 20 ms: stop it first, so the idle
            // figure is the watcher's alone (crm_mon keeps running in its pane).
            reference.Stop();
            await referenceLoop;
            await Task.Delay(TimeSpan.FromSeconds(3));
            await IdleAsync(options.Idle, runner, ssh, crmMon, watcher);
        }
        finally
        {
            reference.Stop();
            await referenceLoop;
        }
        return 0;
    }

    private static async Task IdleAsync(int seconds, CountingRunner runner, SshCommandRunner ssh, TmuxCrmMon crmMon, ClusterWatcher watcher)
    {
        var ourPids = CpuMeter.Find(ssh.ControlPath!.Replace("%C", "", StringComparison.Ordinal));
        var theirPids = crmMon.SshPids();
        var counts = runner.Counts;
        var fetches = watcher.Fetches;
        var self0 = CpuMeter.Self();
        var ssh0 = CpuMeter.Sum(ourPids);
        var ref0 = CpuMeter.Sum(theirPids);
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var wall = clock.Elapsed.TotalSeconds;
        var self = (CpuMeter.Self() - self0).TotalSeconds;
        var sshCpu = (CpuMeter.Sum(ourPids) - ssh0).TotalSeconds;
        var refCpu = (CpuMeter.Sum(theirPids) - ref0).TotalSeconds;
        var ran = runner.Counts.Where(kv => kv.Value != counts.GetValueOrDefault(kv.Key)).Select(kv => $"{kv.Key}×{kv.Value - counts.GetValueOrDefault(kv.Key)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"idle {wall:0} s: crmtui process {100 * self / wall:0.00} % of a core (this bench process, incl. its crm_mon reader), its ssh clients + master {100 * sshCpu / wall:0.00} %; "
            + $"crm_mon's ssh client {100 * refCpu / wall:0.00} %; commands run on the cluster: [{string.Join(", ", ran)}], full fetches {watcher.Fetches - fetches}"));
    }

    private static async Task<double> Flip(LocalProcessRunner local, string labExec, LabSsh lab, string value)
    {
        var clock = Stopwatch.StartNew();
        var result = await local.RunAsync(TransportCommand.Of(labExec, lab.Name, "--", "crm_attribute", "--node", lab.NodeName, "--name", "standby", "--update", value));
        if (!result.Succeeded)
            throw new InvalidOperationException($"standby {value} failed: {result.Stderr}");
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Whether a line naming <paramref name="node"/> also says standby: the dashboard's
    /// Nodes row ("node1  ● standby …") or crm_mon's "* Node node1: standby".</summary>
    private static bool ShowsStandby(string screen, string node) =>
        screen.Split('\n').Any(line => line.Contains(node, StringComparison.Ordinal) && line.Contains("standby", StringComparison.Ordinal));

    private static async Task<bool> Until(Func<bool> condition, int seconds)
    {
        var until = Stopwatch.StartNew();
        while (!condition())
        {
            if (until.Elapsed.TotalSeconds > seconds)
                return false;
            await Task.Delay(5);
        }
        return true;
    }

    private static void Report(string label, List<double> ms)
    {
        var valid = ms.Where(double.IsFinite).Order().ToList();
        var missed = ms.Count - valid.Count;
        if (valid.Count == 0)
        {
            Console.WriteLine($"  {label}: never saw a flip");
            return;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-34} median {valid[valid.Count / 2],7:0} ms   p95 {valid[Math.Max(0, (int)Math.Ceiling(valid.Count * 0.95) - 1)],7:0} ms   min {valid[0],6:0}   max {valid[^1],6:0}   (n={valid.Count}{(missed > 0 ? $", {missed} not seen within 10 s" : "")})"));
    }

    private static string? FindLabExec()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "lab", "lab-exec.sh");
            if (File.Exists(path))
                return path;
        }
        return null;
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private sealed record Args(string Lab, int Flips, double Gap, int Idle, WatchMode Mode, double Interval)
    {
        public static Args? Parse(string[] args)
        {
            var parsed = new Args("live", 20, 2, 30, WatchMode.Auto, 1);
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException(args[i] + " needs a value");
                try
                {
                    parsed = args[i] switch
                    {
                        "--lab" => parsed with { Lab = Next() },
                        "--flips" => parsed with { Flips = int.Parse(Next(), CultureInfo.InvariantCulture) },
                        "--gap" => parsed with { Gap = double.Parse(Next(), CultureInfo.InvariantCulture) },
                        "--idle" => parsed with { Idle = int.Parse(Next(), CultureInfo.InvariantCulture) },
                        "--interval" => parsed with { Interval = double.Parse(Next(), CultureInfo.InvariantCulture) },
                        "--mode" => parsed with { Mode = Enum.Parse<WatchMode>(Next(), ignoreCase: true) },
                        _ => throw new FormatException(args[i]),
                    };
                }
                catch (Exception e) when (e is FormatException or ArgumentException)
                {
                    return null;
                }
            }
            return parsed.Flips is < 1 or > 1000 ? null : parsed;
        }
    }
}
