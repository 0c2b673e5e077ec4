using CrmTui.Transport;

namespace CrmTui.Cli.Launch;

/// <summary>
/// What runs when the dashboard did not end within <see cref="EndOnSignals.Grace"/> after SIGTERM,
/// SIGHUP or SIGINT, just before the process exits with 128 + the signal: it says on stderr (the
/// terminal is restored by then) where the shutdown was and which commands were still running, so
/// a slow shutdown explains itself, then closes every ssh master anyway (all at once, within
/// <see cref="CloseBound"/>), so no master is left running for ControlPersist, and kills the local
/// commands still running.
/// </summary>
/// <param name="runners">The dashboard's runners (their ssh masters are closed).</param>
/// <param name="error">Where the report goes.</param>
/// <param name="killLocal">Kills the local commands still running and says which
/// (<see cref="LocalProcessRunner.KillRunning"/>); null: none are killed.</param>
public sealed class ForcedShutdown(IReadOnlyList<ICommandRunner> runners, TextWriter error, Func<IReadOnlyList<string>>? killLocal = null)
{
    /// <summary>How long the forced path waits for the masters to close (an ssh runner gives up on
    /// its commands after 0.5 s and on <c>ssh -O exit</c> after 1.5 s).</summary>
    public static readonly TimeSpan CloseBound = TimeSpan.FromSeconds(2.5);

    private volatile string _stage = "the dashboard had not ended (UI loop, cluster watcher)";

    /// <summary>Where the normal shutdown is, as the report will say it ("the ssh masters were being closed").</summary>
    public string Stage
    {
        get => _stage;
        set => _stage = value;
    }

    /// <summary>Reports, then closes the masters. Never throws; bounded by <see cref="CloseBound"/>.</summary>
    public async Task RunAsync(int signal)
    {
        var inFlight = RunnerShutdown.InFlight(runners);
        Write($"crmtui: {Name(signal)}: still shutting down after {EndOnSignals.Grace.TotalSeconds:0.#} s: {Stage}; "
            + (inFlight.Count == 0 ? "no command was running" : "still running: " + string.Join(", ", inFlight)));
        var open = await RunnerShutdown.CloseAllAsync(runners, CloseBound).ConfigureAwait(false);
        // What still runs locally (a local crm_mon stream, a session's ssh client) is in a process
        // group of its own, which the exit would not reach.
        if (killLocal?.Invoke() is { Count: > 0 } killed)
            Write($"crmtui: killed local commands still running: {string.Join(", ", killed)}");
        Write(open.Count == 0
            ? $"crmtui: ssh masters closed; exiting {128 + signal}"
            : $"crmtui: not closed: {string.Join("; ", open)}; exiting {128 + signal}");
    }

    private static string Name(int signal) => signal switch
    {
        1 => "SIGHUP",
        2 => "SIGINT",
        15 => "SIGTERM",
        _ => "signal " + signal,
    };

    private void Write(string line)
    {
        try
        {
            error.WriteLine(line);
            error.Flush();
        }
        catch (IOException)
        {
            // The terminal went away (SIGHUP): nothing to tell it.
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
