using CrmTui.Transport;

namespace CrmTui.Cli.Launch;

/// <summary>
/// Closing the dashboard's runners on the way out: all at once, within a bound, saying which did
/// not finish; and what they still had running, for the report of a shutdown that ran out of time.
/// </summary>
public static class RunnerShutdown
{
    /// <summary>
    /// Disposes every runner at the same time (an ssh runner cancels its commands and sends
    /// <c>ssh -O exit</c>; a failover runner does that for each host) and waits at most
    /// <paramref name="bound"/>. Returns one line per runner that did not close cleanly
    /// ("ssh n1: did not finish within 2 s"); empty when all did. Never throws.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CloseAllAsync(IEnumerable<ICommandRunner> runners, TimeSpan bound)
    {
        ArgumentNullException.ThrowIfNull(runners);
        var closes = runners.Select(r => (r.Target, Task: CloseAsync(r))).ToList();
        try
        {
            await Task.WhenAll(closes.Select(c => c.Task)).WaitAsync(bound).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A timeout or a failed close: each is reported below.
        }
        return [.. closes.Where(c => !c.Task.IsCompletedSuccessfully).Select(c => c.Task.IsFaulted
            ? $"{c.Target}: {c.Task.Exception!.InnerException!.Message}"
            : $"{c.Target}: did not finish within {bound.TotalSeconds:0.#} s")];
    }

    /// <summary>The commands the runners have running now ("ssh n1: crm_mon for 6.2 s").</summary>
    public static IReadOnlyList<string> InFlight(IEnumerable<ICommandRunner> runners)
    {
        ArgumentNullException.ThrowIfNull(runners);
        return [.. runners.SelectMany(Hosts).OfType<SshCommandRunner>().SelectMany(s => s.InFlight.Select(c => $"{s.Target}: {c}"))];
    }

    private static IEnumerable<ICommandRunner> Hosts(ICommandRunner runner) =>
        runner is FailoverRunner failover ? failover.Hosts.SelectMany(Hosts) : [runner];

    private static Task CloseAsync(ICommandRunner runner)
    {
        try
        {
            return runner switch
            {
                IAsyncDisposable asyncDisposable => asyncDisposable.DisposeAsync().AsTask(),
                IDisposable disposable => Task.Run(disposable.Dispose),
                _ => Task.CompletedTask,
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Task.FromException(e);
        }
    }
}
