using System.Runtime.InteropServices;

namespace CrmTui.Tui.Terminal;

/// <summary>
/// The real terminal: stdout as raw bytes, stdin read through libc (after <see cref="Termios"/>
/// put it in raw mode), size via TIOCGWINSZ, resize via SIGWINCH. The only TUI code that touches
/// the process's standard streams; it does not use System.Console's line discipline at all,
/// so .NET never fights us over terminal settings.
/// </summary>
public sealed class AnsiTerminal : ITerminal, IDisposable
{
    private const ulong TiocGWinSz = 0x5413;
    private readonly Stream _stdout = Console.OpenStandardOutput();
    private readonly object _writeLock = new();
    private readonly PosixSignalRegistration? _winch;

    public AnsiTerminal()
    {
        Size = QuerySize();
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        _winch = PosixSignalRegistration.Create(PosixSignal.SIGWINCH, ctx =>
        {
            ctx.Cancel = true;
            Size = QuerySize();
            Resized?.Invoke(this, Size);
        });
    }

    public TerminalSize Size { get; private set; }

    public event EventHandler<TerminalSize>? Resized;

    public void Write(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        lock (_writeLock)
        {
            _stdout.Write(bytes);
            _stdout.Flush();
        }
    }

    /// <summary>
    /// Waits for input with <c>poll</c> (at most <paramref name="timeout"/>, capped at 100 ms) on a pool
    /// thread, then reads what is there. Never a bare blocking <c>read</c>: the signal handler restores
    /// the terminal's cooked mode while this thread runs, and a read begun after that would wait for a
    /// whole line, holding up the way out for good (what made a SIGTERM'd dashboard miss its grace).
    /// Cancellation is observed between waits.
    /// </summary>
    public ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken) =>
        new(Task.Run(() =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wait = new PollFd { Fd = 0, Events = PollIn };
            var ready = poll(ref wait, 1, (int)Math.Clamp(timeout.TotalMilliseconds, 0, 100));
            if (ready == 0)
            {
                return 0;
            }
            if (ready < 0)
            {
                return Marshal.GetLastPInvokeError() == 4 ? 0 : -1;
            }
            // Readable, or hung up / in error: read says which (data, 0 at end of input, -1 on error).
            var array = new byte[buffer.Length];
            var n = (int)read(0, array, (nint)array.Length);
            if (n > 0)
            {
                array.AsSpan(0, n).CopyTo(buffer.Span);
            }
            return n < 0 ? (Marshal.GetLastPInvokeError() == 4 ? 0 : -1) : n;
        }, cancellationToken));

    public void Dispose() => _winch?.Dispose();

    private static TerminalSize QuerySize()
    {
        var ws = new WinSize();
        if (ioctl(1, TiocGWinSz, ref ws) == 0 && ws.Cols > 0 && ws.Rows > 0)
        {
            return new TerminalSize(ws.Cols, ws.Rows);
        }
        var cols = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var c) ? c : 80;
        var lines = int.TryParse(Environment.GetEnvironmentVariable("LINES"), out var l) ? l : 24;
        return new TerminalSize(cols, lines);
    }

    private const short PollIn = 0x001;

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct WinSize
    {
        public ushort Rows;
        public ushort Cols;
        public ushort XPixels;
        public ushort YPixels;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int ioctl(int fd, ulong request, ref WinSize size);

    [DllImport("libc", SetLastError = true)]
    private static extern nint read(int fd, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    private static extern int poll(ref PollFd fds, nuint count, int timeoutMs);
}
