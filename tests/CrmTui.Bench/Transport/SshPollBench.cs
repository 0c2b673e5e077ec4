using System.Diagnostics;
using System.Globalization;
using CrmTui.Bench.Status;
using CrmTui.TestKit.Sshd;
using CrmTui.Transport;
// BenchmarkDotNet brings CommandLineParser, whose global namespace is also named CommandLine.
using TransportCommand = CrmTui.Transport.CommandLine;

namespace CrmTui.Bench.Transport;

/// <summary>
/// 100 successive commands over ssh, the cost a poller pays every interval: on one multiplexed
/// master with a new ssh client and sshd session per command, on the master through the kept
/// session crmtui uses for a repeated poll, and with a fresh connection per command. Not a test:
/// it prints figures for docs/performance.md. Target: crmtui's way ≥ 5× cheaper than a fresh
/// connection. Besides wall time it reports the operator-side CPU per poll: the ssh client
/// processes (getrusage of reaped children) and, for the multiplexed runs, the master's own CPU
/// read from /proc.
/// <code>
/// crmtui-bench ssh-poll [--count 100] [--command "crm_mon --output-as=xml"]
///                       [--with-shell-rc] [--host H --port P --user U --identity KEY --known-hosts FILE]
/// </code>
/// Without --host it starts a loopback sshd (needs root, like the tests); --with-shell-rc lets
/// the remote login shell source ~/.bashrc as a real login would.
/// </summary>
public static class SshPollBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = ParseArgs(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: ssh-poll [--count N] [--command \"prog arg …\"] [--host H --port P --user U --identity KEY --known-hosts FILE]");
            return 2;
        }
        LoopbackSshd? sshd = null;
        SshTarget target;
        if (options.Host is null)
        {
            if (LoopbackSshd.WhyUnavailable() is { } reason)
            {
                Console.Error.WriteLine($"ssh-poll: {reason}; or give --host of an sshd you may use");
                return 2;
            }
            sshd = LoopbackSshd.Start(skipShellStartupFiles: !options.WithShellRc);
            target = sshd.Target();
        }
        else
        {
            target = new SshTarget(options.Host)
            {
                Port = options.Port, User = options.User, IdentityFile = options.Identity,
                ExtraOptions = options.KnownHosts is null ? [] : ["UserKnownHostsFile=" + options.KnownHosts, "StrictHostKeyChecking=yes"],
            };
        }
        try
        {
            var command = TransportCommand.Of(options.Command).WithTimeout(TimeSpan.FromSeconds(30));
            Console.WriteLine($"ssh-poll: {options.Count} × `{PosixArgvFormat.Format(command)}` on {target.Display}, {Environment.ProcessorCount} cores, load {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"
                + (sshd is null ? "" : options.WithShellRc ? ", remote ~/.bashrc sourced" : ", remote ~/.bashrc skipped"));

            var local = await MeasureAsync(new LocalProcessRunner(), command, options.Count, warmUp: true);
            Report("local (no ssh)", local);

            // crmtui marks its polls Repeats: from the second run on the runner answers them from
            // one remote session kept open on the master. "per call" turns that off: a new ssh
            // client and sshd session per poll, on the master (what crmtui did before sessions).
            var perCall = await MeasureMultiplexedAsync(target, command, options.Count, useSessions: false);
            Report("ssh, mux, new session/call", perCall);
            var session = await MeasureMultiplexedAsync(target, command, options.Count, useSessions: true);
            Report("ssh, mux, one kept session", session);

            await using var fresh = new SshCommandRunner(target with { Multiplex = false });
            var unmultiplexed = await MeasureAsync(fresh, command, options.Count, warmUp: true);
            Report("ssh, fresh connection each", unmultiplexed);

            foreach (var (label, mux) in new[] { ("mux, new session per call", perCall), ("mux, kept session (crmtui)", session) })
            {
                var ratio = unmultiplexed.Wall.Average() / mux.Wall.Average();
                Console.WriteLine(F($"  fresh / {label}: wall (mean) {ratio:0.0}×  (target ≥ 5×: {(ratio >= 5 ? "met" : "NOT met")}), operator CPU {unmultiplexed.CpuPerPoll / mux.CpuPerPoll:0.0}×  ({unmultiplexed.CpuPerPoll:0.00} vs {mux.CpuPerPoll:0.00} ms/poll)"));
            }
            Console.WriteLine($"  overhead over local (median wall): new session/call {Median(perCall.Wall) - Median(local.Wall):0.0} ms, kept session {Median(session.Wall) - Median(local.Wall):0.0} ms");
            Console.WriteLine($"  load average after: {LoadAverage()}");
            return 0;
        }
        catch (TransportException ex)
        {
            Console.Error.WriteLine($"ssh-poll: {ex.Failure}: {ex.Message}");
            return 1;
        }
        finally
        {
            sshd?.Dispose();
        }
    }

    /// <summary>Wall time of each call, and the CPU (user + sys) of the processes the calls
    /// started and waited for (setsid, the ssh client; for local runs the command itself).</summary>
    private sealed record Samples(List<double> Wall, double CpuPerPoll);

    private static async Task<Samples> MeasureAsync(ICommandRunner runner, TransportCommand command, int count, bool warmUp)
    {
        // A non-zero exit (crm_mon with no cluster here) costs the same transport time, so only an
        // exception (could not run at all) stops the bench.
        if (warmUp)
            await runner.RunAsync(command);
        var samples = new List<double>(count);
        var cpuBefore = ChildCpu.Total();
        for (var i = 0; i < count; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await runner.RunAsync(command);
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        return new Samples(samples, (ChildCpu.Total() - cpuBefore).TotalMilliseconds / count);
    }

    /// <summary>
    /// Polls through one multiplexed runner. The first call opens the master and, with sessions,
    /// the second opens the session: a poller pays both once, so they are reported apart and the
    /// steady state is measured after them. The operator CPU per poll counts the ssh clients (the
    /// kept session's client is long-lived: it is counted once the runner's close has reaped it,
    /// so the close, ssh -O exit included, is in both mux rows) and the master's own CPU, read
    /// from /proc because it daemonizes.
    /// </summary>
    private static async Task<Samples> MeasureMultiplexedAsync(SshTarget target, TransportCommand command, int count, bool useSessions)
    {
        var mux = new SshCommandRunner(target) { UseSessions = useSessions };
        var polls = command with { Repeats = true };
        var open = Stopwatch.StartNew();
        await mux.RunAsync(polls);
        var master = open.Elapsed;
        await mux.RunAsync(polls);
        var second = open.Elapsed - master;
        Console.WriteLine(F($"  {(useSessions ? "kept session" : "new session/call")}: master open (first call) {master.TotalMilliseconds:0.0} ms, second call{(useSessions ? " (opens the session)" : "")} {second.TotalMilliseconds:0.0} ms"));
        var masterPid = await MasterPidAsync(mux, command);
        var masterBefore = ProcessCpu(masterPid);
        var cpuBefore = ChildCpu.Total();
        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await mux.RunAsync(polls);
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        var masterMs = ProcessCpu(masterPid) - masterBefore;
        await mux.DisposeAsync();
        // The killed session client is reaped asynchronously.
        await Task.Delay(300);
        var clientsMs = (ChildCpu.Total() - cpuBefore).TotalMilliseconds;
        Console.WriteLine(masterMs is { } m
            ? F($"    CPU: ssh clients {clientsMs / count:0.00} ms/poll + the master's own {m / count:0.00} ms/poll (pid {masterPid}, 10 ms ticks)")
            : "    the master's CPU could not be read (no pid from ssh -O check); left out");
        return new Samples(samples, (clientsMs + (masterMs ?? 0)) / count);
    }

    private static void Report(string label, Samples samples)
    {
        var ms = samples.Wall;
        var sorted = ms.Order().ToList();
        Console.WriteLine(F(
            $"  {label,-28} total {ms.Sum(),8:0.0} ms   mean {ms.Average(),6:0.00} ms   median {Median(ms),6:0.00} ms   p95 {sorted[(int)(sorted.Count * 0.95) - 1],6:0.00} ms   CPU {samples.CpuPerPoll,6:0.00} ms/poll"));
    }

    // "Master running (pid=1234)" from ssh -O check, with the runner's own options and control path.
    private static async Task<int?> MasterPidAsync(SshCommandRunner mux, TransportCommand command)
    {
        var argv = mux.BuildArgv(command);
        var options = argv.Take(argv.IndexOf("--")).ToList();
        var check = await new LocalProcessRunner().RunAsync(TransportCommand.Of([.. options, "-O", "check", "--", mux.SshTarget.Host]));
        var text = check.Stderr + check.Stdout;
        var at = text.IndexOf("pid=", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var digits = new string(text[(at + 4)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    // utime + stime of one process from /proc/PID/stat (fields 14 and 15, in clock ticks of 10 ms).
    private static double? ProcessCpu(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
            return null;
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state), so field N is fields[N - 3].
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double Median(List<double> ms)
    {
        var sorted = ms.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private sealed record Options(int Count, string[] Command, string? Host, int? Port, string? User, string? Identity, string? KnownHosts, bool WithShellRc);

    private static Options? ParseArgs(string[] args)
    {
        var count = 100;
        string[] command = ["true"];
        string? host = null, user = null, identity = null, knownHosts = null;
        int? port = null;
        var withShellRc = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--count": count = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    // A bench-only convenience: split on spaces, no quoting (the product never does this).
                    case "--command": command = Next().Split(' ', StringSplitOptions.RemoveEmptyEntries); break;
                    case "--host": host = Next(); break;
                    case "--port": port = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--user": user = Next(); break;
                    case "--identity": identity = Next(); break;
                    case "--known-hosts": knownHosts = Next(); break;
                    case "--with-shell-rc": withShellRc = true; break;
                    default: return null;
                }
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return count is < 1 or > 100_000 || command.Length == 0 ? null : new Options(count, command, host, port, user, identity, knownHosts, withShellRc);
    }
}
