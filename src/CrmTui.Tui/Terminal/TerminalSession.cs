using System.Runtime.InteropServices;

namespace CrmTui.Tui.Terminal;

/// <summary>
/// Owns the terminal's full-screen state: raw mode, alternate screen (entered once), hidden cursor.
/// <see cref="Restore"/> undoes all of it and runs from every exit path: Dispose (a <c>finally</c>),
/// an unhandled exception (before the runtime prints it), process exit, and SIGINT/SIGTERM/SIGHUP/
/// SIGQUIT (after restoring, the signal's default action proceeds). It is idempotent, and each
/// step is best-effort and independent: a failed write must not skip the termios restore.
/// </summary>
public sealed class TerminalSession : IDisposable
{
    public const string EnterSequence = "\e[?1049h\e[?25l\e[?7h";

    // Mouse tracking and bracketed paste off (we may never enable them, but a crashed child might
    // have), attributes reset, cursor shown, main screen back.
    public const string LeaveSequence = "\e[?1000l\e[?1002l\e[?1003l\e[?1006l\e[?2004l\e[0m\e[?25h\e[?1049l";

    private readonly ITerminal _terminal;
    private readonly IRawMode _rawMode;
    private readonly List<IDisposable> _registrations = [];
    private int _restored;

    private TerminalSession(ITerminal terminal, IRawMode rawMode)
    {
        _terminal = terminal;
        _rawMode = rawMode;
    }

    public bool IsRestored => Volatile.Read(ref _restored) != 0;

    /// <summary>Enters full-screen mode. With <paramref name="hookProcess"/>, also restores on signals,
    /// unhandled exceptions and process exit (tests pass false so they do not touch process state).</summary>
    public static TerminalSession Begin(ITerminal terminal, IRawMode rawMode, bool hookProcess = true)
    {
        var session = new TerminalSession(terminal, rawMode);
        if (hookProcess)
        {
            session.Hook();
        }
        try
        {
            rawMode.Enter();
            terminal.Write(EnterSequence);
        }
        catch
        {
            session.Restore();
            throw;
        }
        return session;
    }

    public void Restore()
    {
        if (Interlocked.Exchange(ref _restored, 1) != 0)
        {
            return;
        }
        Try(() => _terminal.Write(LeaveSequence));
        Try(_rawMode.Restore);
    }

    public void Dispose()
    {
        Restore();
        foreach (var registration in _registrations)
        {
            Try(registration.Dispose);
        }
        _registrations.Clear();
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
    }

    private void Hook()
    {
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        foreach (var signal in (PosixSignal[])[PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT])
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, _ => Restore()));
        }
    }

    private void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => Restore();

    private void OnProcessExit(object? sender, EventArgs e) => Restore();

    private static void Try(Action step)
    {
        try
        {
            step();
        }
        catch (Exception)
        {
            // Best-effort: the remaining steps must still run.
        }
    }
}
