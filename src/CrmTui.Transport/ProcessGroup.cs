using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CrmTui.Transport;

/// <summary>
/// Starting a child as the leader of its own process group (through util-linux <c>setsid</c>) and
/// killing that whole group, so a command that spawned helpers (crm_resource → pacemaker
/// daemons' clients, ssh → ProxyJump ssh, a shell → sleep) leaves nothing behind at a timeout.
/// </summary>
internal static class ProcessGroup
{
    private const int SigKill = 9;

    private static readonly string? s_setsid =
        OperatingSystem.IsLinux() ? new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists) : null;

    /// <summary>
    /// The setsid binary, or null when there is none (then only <c>Kill(entireProcessTree)</c>
    /// is used, which misses grandchildren that were re-parented to init).
    /// </summary>
    public static string? SetsidPath => s_setsid;

    /// <summary>
    /// Kills the process group whose id is <paramref name="pid"/> (the child is its leader when it
    /// was started through setsid; .NET never starts a child as a group leader itself, so setsid
    /// execs in place and the pid we hold is the leader's). Returns false if nothing was signalled.
    /// </summary>
    public static bool KillGroup(int pid)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return false;
        return pid > 1 && Kill(-pid, SigKill) == 0;
    }

    /// <summary>
    /// Kills <paramref name="process"/>: its process group first when it leads one of its own
    /// (<paramref name="ownGroup"/>: started through setsid), then its process tree as a second
    /// net. Never throws: a process already gone is fine.
    /// </summary>
    public static void Kill(Process process, bool ownGroup)
    {
        try
        {
            if (ownGroup)
                KillGroup(process.Id);
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (Win32Exception)
        {
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
