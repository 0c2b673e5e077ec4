using CrmTui.Transport;
using TransportCommand = CrmTui.Transport.CommandLine;

namespace CrmTui.Bench.Live;

/// <summary>
/// The reference: crm_mon in its interactive (curses) mode, on the node over ssh with a tty,
/// inside a detached tmux session whose screen is read with <c>tmux capture-pane</c>.
/// </summary>
internal sealed class TmuxCrmMon : IAsyncDisposable
{
    private readonly LocalProcessRunner _local = new();
    private readonly string _session;

    private TmuxCrmMon(string session) => _session = session;

    // A private tmux server of its own: the bench never touches anyone else's sessions, and ends its server when done.
    private static readonly string Socket = $"crmtui-bench-live-{Environment.ProcessId}";

    public static async Task<TmuxCrmMon> StartAsync(LabSsh lab)
    {
        var session = $"crmtui-bench-live-{Environment.ProcessId}";
        var tmux = new TmuxCrmMon(session);
        string[] argv = ["tmux", "-L", Socket, "new-session", "-d", "-s", session, "-x", "160", "-y", "50", .. lab.InteractiveSsh("crm_mon")];
        var result = await tmux._local.RunAsync(TransportCommand.Of(argv));
        if (!result.Succeeded)
            throw new InvalidOperationException("tmux new-session failed: " + result.Stderr);
        return tmux;
    }

    public async Task<string> ScreenAsync()
    {
        var result = await _local.RunAsync(TransportCommand.Of("tmux", "-L", Socket, "capture-pane", "-p", "-t", _session));
        return result.Stdout;
    }

    public List<int> SshPids() => CpuMeter.Find("ssh", "-tt", "crm_mon");

    public async ValueTask DisposeAsync()
    {
        await _local.RunAsync(TransportCommand.Of("tmux", "-L", Socket, "kill-server"));
    }
}
