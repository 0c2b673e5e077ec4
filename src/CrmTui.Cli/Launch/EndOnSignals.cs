using System.Runtime.InteropServices;

namespace CrmTui.Cli.Launch;

/// <summary>
/// Turns SIGTERM and SIGHUP into a cancellation of the dashboard instead of the runtime's default
/// (terminate at once, which would leave ssh master connections running for ControlPersist). Should
/// the dashboard not end within <see cref="Grace"/>, the process exits with 128 + the signal number,
/// as the default action would have; the terminal session restores the screen on that path too.
/// </summary>
public sealed class EndOnSignals : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private readonly List<PosixSignalRegistration> _registrations = [];

    private EndOnSignals()
    {
    }

    public static EndOnSignals Register(CancellationTokenSource stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var handler = new EndOnSignals();
        if (OperatingSystem.IsWindows())
            return handler;
        foreach (var (signal, number) in (ReadOnlySpan<(PosixSignal, int)>)[(PosixSignal.SIGTERM, 15), (PosixSignal.SIGHUP, 1)])
        {
            handler._registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                stop.Cancel();
                _ = Task.Delay(Grace).ContinueWith(_ => Environment.Exit(128 + number), TaskScheduler.Default);
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
}
