using System.Diagnostics;
using System.Globalization;
using CrmTui.Core.Diff;
using CrmTui.Core.Parsing;

namespace CrmTui.Bench.Core;

/// <summary>
/// The engine's cost per poll against crm_mon's on a large generated cluster, in one run on
/// one machine. Not a test: it prints figures for docs/performance.md.
/// Target: parse two consecutive snapshots + diff them ≤ 10 % of one <c>crm_mon --output-as=xml</c>.
/// <code>
/// crmtui-bench core [--runs 15] [--nodes 16] [--groups 100] [--solos 300] [--clones 60] [--keep DIR]
/// crmtui-bench core --cib FILE [--runs 15]
/// </code>
/// With <c>--cib</c> it measures an existing CIB instead (e.g. ../shared/bench/big16.cib.xml,
/// gunzipped): both polls are then the same output, so the diff is the idle case.
/// </summary>
public static class CoreBench
{
    // A poller runs for hours: measure the steady state, after JIT tiering has settled.
    private const int WarmUp = 10;

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args));

    private static int Run(string[] args)
    {
        if (BenchOptions.Parse(args) is not { } options)
        {
            Console.Error.WriteLine("usage: core [--runs N] [--nodes N] [--groups N] [--solos N] [--clones N] [--keep DIR] | core --cib FILE [--runs N]");
            return 2;
        }

        if (FindCrmMon() is not { } crmMon)
        {
            Console.Error.WriteLine("core: crm_mon is not on PATH (install pacemaker-cli-utils); it is the reference this bench compares with");
            return 2;
        }

        var dir = options.Keep ?? Directory.CreateTempSubdirectory("crmtui-core-bench-").FullName;
        Directory.CreateDirectory(dir);
        try
        {
            var first = new BigCibGenerator(options.Nodes, options.Groups, options.Solos, options.Clones, Variant: 0);
            var second = first with { Variant = 1 };
            var cib0 = options.Cib ?? Path.Combine(dir, "big0.cib.xml");
            var cib1 = options.Cib ?? Path.Combine(dir, "big1.cib.xml");
            if (options.Cib is null)
            {
                first.Write(cib0);
                second.Write(cib1);
            }
            else if (!File.Exists(options.Cib))
            {
                Console.Error.WriteLine($"core: {options.Cib} does not exist");
                return 2;
            }

            var (xml0, _) = CrmMon(crmMon, cib0);
            var (xml1, _) = CrmMon(crmMon, cib1);
            File.WriteAllText(Path.Combine(dir, "big0.crm_mon.xml"), xml0);
            File.WriteAllText(Path.Combine(dir, "big1.crm_mon.xml"), xml1);
            var snapshot0 = CrmMonXmlParser.Parse(xml0);
            var snapshot1 = CrmMonXmlParser.Parse(xml1);
            if (snapshot0.IsRefusal || snapshot1.IsRefusal)
            {
                Console.Error.WriteLine("core: crm_mon refused the generated CIB: " + (snapshot0.ErrorMessage ?? snapshot1.ErrorMessage));
                return 1;
            }

            Console.WriteLine($"core: {Environment.ProcessorCount} cores, load {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {options.Runs} runs each");
            Console.WriteLine(options.Cib is null
                ? $"  CIB (generated): {new FileInfo(cib0).Length / 1024} KiB, {first.Nodes} nodes, {first.Instances} primitive instances, {first.Operations} lrm_rsc_op records"
                : $"  CIB: {options.Cib}, {new FileInfo(cib0).Length / 1024} KiB");
            Console.WriteLine($"  crm_mon output: {xml0.Length / 1024} KiB; parsed: {snapshot0.Nodes.Length} nodes, "
                + $"{snapshot0.AllPrimitives().Count()} primitive instances, {snapshot0.AllOperations().Count()} operation_history records, "
                + $"{snapshot0.AllNodeAttributes().Count()} node attributes");

            // Ours: parse both consecutive outputs and diff them, as a poller does each interval.
            var events = SnapshotDiffer.Diff(snapshot0, snapshot1);
            for (var i = 0; i < WarmUp; i++)
            {
                Poll(xml0, xml1, events.Length);
            }

            CrmMon(crmMon, cib0);

            // Interleaved, one crm_mon run then one poll of ours, so that both see the same load
            // on a shared machine. crm_mon's time includes its process start, as a poller pays it.
            var reference = new List<double>();
            var ours = new List<double>();
            var parseOnly = new List<double>();
            var diffOnly = new List<double>();
            var allocated = new List<long>();
            var diffAllocated = new List<long>();
            for (var i = 0; i < options.Runs; i++)
            {
                reference.Add(CrmMon(crmMon, cib0).Milliseconds);
                var poll = Poll(xml0, xml1, events.Length);
                ours.Add(poll.TotalMs);
                parseOnly.Add(poll.ParseMs);
                diffOnly.Add(poll.TotalMs - poll.ParseMs);
                allocated.Add(poll.Bytes);
                diffAllocated.Add(poll.DiffBytes);
            }

            var crmMonMedian = Median(reference);
            var oursMedian = Median(ours);
            Console.WriteLine($"  crm_mon --output-as=xml: median {crmMonMedian:0.0} ms (min {reference.Min():0.0}, max {reference.Max():0.0})");
            Console.WriteLine($"  ours, parse 2 + diff:    median {oursMedian:0.0} ms (min {ours.Min():0.0}, max {ours.Max():0.0}); "
                + $"allocated {Median(allocated) / 1048576.0:0.0} MiB per poll");
            Console.WriteLine($"    of which parse 2:      median {Median(parseOnly):0.0} ms");
            Console.WriteLine($"    of which diff:         median {Median(diffOnly):0.00} ms, allocated {Median(diffAllocated) / 1024.0:0} KiB");
            var ratio = oursMedian / crmMonMedian;
            Console.WriteLine($"  ratio ours/crm_mon (median): {ratio * 100:0.0} %  (target ≤ 10 %: {(ratio <= 0.10 ? "met" : "NOT met")})");
            Console.WriteLine($"  diff of the two polls: {events.Length} events");
            foreach (var e in events.Take(12))
            {
                Console.WriteLine("    " + e.Describe());
            }

            if (events.Length > 12)
            {
                Console.WriteLine($"    … {events.Length - 12} more");
            }

            return 0;
        }
        finally
        {
            if (options.Keep is null)
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static (double TotalMs, double ParseMs, long Bytes, long DiffBytes) Poll(string xml0, string xml1, int expectedEvents)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var a = CrmMonXmlParser.Parse(xml0);
        var b = CrmMonXmlParser.Parse(xml1);
        var parsed = clock.Elapsed.TotalMilliseconds;
        var diffBytes = GC.GetAllocatedBytesForCurrentThread();
        var diff = SnapshotDiffer.Diff(a, b, DateTimeOffset.UnixEpoch);
        clock.Stop();
        var after = GC.GetAllocatedBytesForCurrentThread();
        if (diff.Length != expectedEvents)
        {
            throw new InvalidOperationException("the diff is not deterministic");
        }

        return (clock.Elapsed.TotalMilliseconds, parsed, after - bytes, after - diffBytes);
    }

    private static (string Xml, double Milliseconds) CrmMon(string crmMon, string cib)
    {
        var start = new ProcessStartInfo(crmMon)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--output-as=xml");
        start.Environment["CIB_file"] = cib;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var xml = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("crm_mon did not finish in 2 minutes");
        }

        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"crm_mon exited {process.ExitCode}: {stderr.GetAwaiter().GetResult()}");
        }

        return (xml, clock.Elapsed.TotalMilliseconds);
    }

    private static string? FindCrmMon()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/sbin")
            .Select(dir => Path.Combine(dir, "crm_mon"))
            .FirstOrDefault(File.Exists);
    }

    private static double Median<T>(IEnumerable<T> values)
        where T : IConvertible
    {
        var sorted = values.Select(v => v.ToDouble(CultureInfo.InvariantCulture)).Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
