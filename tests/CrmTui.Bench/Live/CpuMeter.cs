using System.Diagnostics;
using System.Globalization;

namespace CrmTui.Bench.Live;

/// <summary>CPU time of this process plus chosen other processes (ssh clients, the ssh master), from /proc.</summary>
internal static class CpuMeter
{
    private static readonly double s_tick = 1.0 / 100;   // USER_HZ is 100 on Linux

    public static TimeSpan Self() => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>utime+stime of <paramref name="pid"/>; zero when it is gone.</summary>
    public static TimeSpan Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // fields[0] is state (field 3); utime and stime are fields 14 and 15.
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks * s_tick);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Processes whose command line contains every one of <paramref name="needles"/>.</summary>
    public static List<int> Find(params string[] needles)
    {
        var pids = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            try
            {
                var cmd = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (needles.All(n => cmd.Contains(n, StringComparison.Ordinal)))
                    pids.Add(pid);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return pids;
    }

    public static TimeSpan Sum(IEnumerable<int> pids) => pids.Aggregate(TimeSpan.Zero, (t, p) => t + Of(p));
}
