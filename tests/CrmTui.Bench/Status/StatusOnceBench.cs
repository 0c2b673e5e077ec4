using System.Diagnostics;
using System.Globalization;
using CrmTui.Transport;
using TransportCommand = CrmTui.Transport.CommandLine;

namespace CrmTui.Bench.Status;

/// <summary>
/// One status, four ways, on a real cluster (a lab from tests/lab): the built
/// <c>crmtui status --once</c>, <c>crm_mon -1</c>, <c>pcs status</c> and <c>crm status</c>, each
/// run as a fresh process inside the lab node's namespaces, interleaved round by round (the
/// order rotates) so that all four see the same machine load. Prints medians and ratios for
/// docs/performance.md ("CLI status"). Targets: crmtui ≤ crm_mon + 80 ms, and ≥ 5× faster than
/// pcs status.
/// <code>
/// crmtui-bench status-once [--lab NAME] [--runs 15] [--warmup 2] [--crmtui PATH] [--no-pcs] [--no-crmsh]
/// </code>
/// </summary>
public static class StatusOnceBench
{
    private static readonly TimeSpan s_allowance = TimeSpan.FromMilliseconds(80);

    public static async Task<int> RunAsync(string[] args)
    {
        if (StatusBenchOptions.Parse(args) is not { } options)
        {
            Console.Error.WriteLine(StatusBenchOptions.Usage);
            return 2;
        }
        if (LabNode.Open(options.Lab, out var problem) is not { } lab)
        {
            Console.Error.WriteLine($"status-once: {problem}");
            return 2;
        }
        IReadOnlyList<string> builds = options.Crmtui.Count > 0 ? options.Crmtui : FindBuiltCrmtui() is { } built ? [built] : [];
        if (builds.Count == 0 || builds.Any(b => !File.Exists(b)))
        {
            Console.Error.WriteLine("status-once: no built crmtui; run 'dotnet build -c Release src/CrmTui.Cli' or give --crmtui PATH");
            return 2;
        }
        var crmtui = builds[0];

        var runner = new LocalProcessRunner();
        // crmsh writes its log to /var/log/crmsh/crmsh.log and dies when the directory is
        // missing; the lab's /var/log is a directory of its own, so make it there.
        if (!options.SkipCrmsh)
            await runner.RunAsync(lab.Inside("mkdir", "-p", "/var/log/crmsh"));

        var contenders = new List<(string Name, TransportCommand Command)>
        {
            ("crmtui status --once", lab.Inside(crmtui, "status", "--once")),
            ("crm_mon -1", lab.Inside("crm_mon", "-1")),
        };
        // Further builds (--crmtui given again) run in the same rounds: "crmtui #2", "crmtui #3".
        for (var b = 1; b < builds.Count; b++)
            contenders.Add(($"crmtui #{b + 1}", lab.Inside(builds[b], "status", "--once")));
        if (!options.SkipPcs)
            contenders.Add(("pcs status", lab.Inside("pcs", "status")));
        if (!options.SkipCrmsh)
            contenders.Add(("crm status", lab.Inside("crm", "status")));

        Console.WriteLine($"status-once: lab {lab.Name} (node {lab.NodeName}), crmtui {crmtui}");
        for (var b = 1; b < builds.Count; b++)
            Console.WriteLine($"  crmtui #{b + 1}: {builds[b]}");
        Console.WriteLine($"{options.Warmup} warm-up round(s), {options.Runs} measured rounds, order rotating; every command via nsenter into the lab node");
        var samples = contenders.ToDictionary(c => c.Name, _ => new List<double>());
        var cpu = contenders.ToDictionary(c => c.Name, _ => new List<double>());
        for (var round = -options.Warmup; round < options.Runs; round++)
        {
            for (var k = 0; k < contenders.Count; k++)
            {
                var (name, command) = contenders[(k + Math.Max(round, 0)) % contenders.Count];
                var cpuBefore = ChildCpu.Total();
                var clock = Stopwatch.StartNew();
                var result = await runner.RunAsync(command);
                var ms = clock.Elapsed.TotalMilliseconds;
                var cpuMs = (ChildCpu.Total() - cpuBefore).TotalMilliseconds;
                if (result.ExitCode != 0 || !result.Stdout.Contains(lab.NodeName, StringComparison.Ordinal))
                {
                    Console.Error.WriteLine($"status-once: '{name}' failed (exit {result.ExitCode}): {result.Stderr.Trim()}");
                    return 1;
                }
                if (round >= 0)
                {
                    samples[name].Add(ms);
                    cpu[name].Add(cpuMs);
                }
            }
        }

        Console.WriteLine($"load average before: {LoadAverage()}");
        Report(samples, cpu);
        var crmtuiMs = Median(samples["crmtui status --once"]);
        var crmMonMs = Median(samples["crm_mon -1"]);
        var fast = crmtuiMs <= crmMonMs + s_allowance.TotalMilliseconds;
        Console.WriteLine(F($"crmtui - crm_mon: {crmtuiMs - crmMonMs:0.0} ms (target ≤ {s_allowance.TotalMilliseconds:0} ms): {(fast ? "met" : "NOT met")}"));
        var met = fast;
        if (samples.TryGetValue("pcs status", out var pcs))
        {
            var ratio = Median(pcs) / crmtuiMs;
            Console.WriteLine(F($"pcs status / crmtui: {ratio:0.0}× (target ≥ 5×): {(ratio >= 5 ? "met" : "NOT met")}"));
            met &= ratio >= 5;
        }
        for (var b = 1; b < builds.Count; b++)
        {
            var name = $"crmtui #{b + 1}";
            Console.WriteLine(F($"{name} - crmtui (same rounds): wall {Median(samples[name]) - crmtuiMs:+0.0;-0.0} ms, CPU {Median(cpu[name]) - Median(cpu["crmtui status --once"]):+0.0;-0.0} ms; {name} - crm_mon: {Median(samples[name]) - crmMonMs:0.0} ms"));
        }
        if (samples.TryGetValue("crm status", out var crm))
            Console.WriteLine(F($"crm status / crmtui: {Median(crm) / crmtuiMs:0.0}×"));
        var crmtuiCpu = Median(cpu["crmtui status --once"]);
        Console.WriteLine(F($"CPU: crmtui - crm_mon: {crmtuiCpu - Median(cpu["crm_mon -1"]):0.0} ms"));
        if (cpu.TryGetValue("pcs status", out var pcsCpu))
            Console.WriteLine(F($"CPU: pcs status / crmtui: {Median(pcsCpu) / crmtuiCpu:0.0}×"));
        Console.WriteLine($"load average after: {LoadAverage()}");
        return met ? 0 : 1;
    }

    private static void Report(Dictionary<string, List<double>> samples, Dictionary<string, List<double>> cpu)
    {
        Console.WriteLine($"{"command",-22} {"median ms",10} {"min ms",8} {"max ms",8} {"median CPU ms",14}");
        foreach (var (name, values) in samples)
            Console.WriteLine(F($"{name,-22} {Median(values),10:0.0} {values.Min(),8:0.0} {values.Max(),8:0.0} {Median(cpu[name]),14:0.0}"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // The apphost next to the bench's own build output: …/src/CrmTui.Cli/bin/{Release,Debug}/net10.0/crmtui.
    private static string? FindBuiltCrmtui()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bin = Path.Combine(dir.FullName, "src", "CrmTui.Cli", "bin");
            if (!Directory.Exists(bin))
                continue;
            return new[] { "Release", "Debug" }
                .Select(c => Path.Combine(bin, c, "net10.0", "crmtui"))
                .FirstOrDefault(File.Exists);
        }
        return null;
    }
}
