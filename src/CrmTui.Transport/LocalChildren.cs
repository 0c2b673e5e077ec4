using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace CrmTui.Transport;

/// <summary>
/// Every child the local runners of this process have started and not yet seen exit, so that a
/// forced way out (a shutdown that ran out of time) can kill what is still running instead of
/// leaving it behind: each child runs in a process group of its own (setsid), which the
/// process's own exit does not reach. Thread-safe.
/// </summary>
internal static class LocalChildren
{
    private static readonly ConcurrentDictionary<Process, (string Program, bool OwnGroup)> s_running = new();

    /// <summary>Tracks <paramref name="process"/> (started) until it exits.</summary>
    public static void Add(Process process, string program, bool ownGroup)
    {
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => s_running.TryRemove(process, out _);
        s_running[process] = (program, ownGroup);
        // It may have exited before the handler was attached.
        if (HasExited(process))
            s_running.TryRemove(process, out _);
    }

    /// <summary>Kills every tracked child still running, with its process group; returns what was
    /// killed ("crm_mon (pid 4242)"). Never throws.</summary>
    public static IReadOnlyList<string> KillAll()
    {
        var killed = new List<string>();
        foreach (var (process, (program, ownGroup)) in s_running)
        {
            if (HasExited(process))
                continue;
            int pid;
            try
            {
                pid = process.Id;
            }
            catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
            {
                continue;
            }
            ProcessGroup.Kill(process, ownGroup);
            killed.Add(string.Create(CultureInfo.InvariantCulture, $"{program} (pid {pid})"));
        }
        return killed;
    }

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            return true;
        }
    }
}
