using System.Runtime.InteropServices;

namespace CrmTui.Cli.Launch;

/// <summary>
/// Turns SIGTERM, SIGHUP and SIGINT (from outside: in raw mode Ctrl-C is a key) into a cancellation
/// of the dashboard instead of the runtime's default (terminate at once, which would leave ssh
/// master connections running for ControlPersist); System.CommandLine's own handling is off for
/// the dashboard (<see cref="CliApp.InvocationFor"/>). Should
/// the dashboard not end within <see cref="Grace"/>, the forced path runs (<see cref="ForcedShutdown"/>:
/// report what was still running, close the ssh masters, within its own bound) and the process exits
/// with 128 + the signal number, as the default action would have; the terminal session restores the
/// screen on that path too.
/// </summary>
public sealed class EndOnSignals : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    // Should the forced path itself hang (it is bounded; this is the belt to its braces), exit anyway.
    private static readonly TimeSpan s_forcedLimit = ForcedShutdown.CloseBound + TimeSpan.FromSeconds(1);

    private readonly List<PosixSignalRegistration> _registrations = [];

    private EndOnSignals()
    {
    }

    /// <param name="stop">Cancelled at the first signal.</param>
    /// <param name="forced">Runs when the grace ran out, with the signal number, before the exit; null: none.</param>
    public static EndOnSignals Register(CancellationTokenSource stop, Func<int, Task>? forced = null)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var handler = new EndOnSignals();
        if (OperatingSystem.IsWindows())
            return handler;
        var fired = 0;
        foreach (var (signal, number) in (ReadOnlySpan<(PosixSignal, int)>)[(PosixSignal.SIGTERM, 15), (PosixSignal.SIGHUP, 1), (PosixSignal.SIGINT, 2)])
        {
            handler._registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                stop.Cancel();
                // One grace for the first signal; a second signal does not restart or shorten it.
                if (Interlocked.Exchange(ref fired, 1) == 0)
                    _ = ExitAfterGraceAsync(number, forced);
            }));
        }
        return handler;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
            registration.Dispose();
        _registrations.Clear();
    }

    private static async Task ExitAfterGraceAsync(int number, Func<int, Task>? forced)
    {
        await Task.Delay(Grace).ConfigureAwait(false);
        if (forced is not null)
        {
            try
            {
                await forced(number).WaitAsync(s_forcedLimit).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Exiting matters more than the report.
            }
        }
        Environment.Exit(128 + number);
    }
}
