using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace CrmTui.Cli.Diagnostics;

/// <summary>
/// With <c>CRMTUI_TRACE_STARTUP=1</c>, each <see cref="Mark"/> writes one line to stderr: time
/// since the process started (from the kernel's start time, 10 ms resolution) and since
/// <c>Main</c>, plus the methods the JIT compiled so far and the time it took. That is how the
/// start-up of <c>crmtui status --once</c> was taken apart (docs/performance.md, "CLI status").
/// Off, a mark costs one static field read.
/// </summary>
public static class StartupTrace
{
    private static readonly bool s_enabled = Environment.GetEnvironmentVariable("CRMTUI_TRACE_STARTUP") == "1";
    private static readonly long s_mainTimestamp = Stopwatch.GetTimestamp();

    public static bool Enabled => s_enabled;

    public static void Mark(string what)
    {
        if (!s_enabled)
            return;
        var sinceMain = Stopwatch.GetElapsedTime(s_mainTimestamp).TotalMilliseconds;
        var sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[startup] {sinceStart,7:0.0} ms since exec, {sinceMain,7:0.0} ms since Main, jit {JitInfo.GetCompiledMethodCount(),5} methods {JitInfo.GetCompilationTime().TotalMilliseconds,6:0.0} ms: {what}"));
    }
}
