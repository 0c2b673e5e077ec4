using System.Runtime.InteropServices;

namespace CrmTui.Tui.Terminal;

/// <summary>
/// Raw mode through libc's termios calls on stdin. The struct is treated as opaque bytes
/// (cfmakeraw fills it) except VMIN/VTIME: reads return after 100 ms with no input, which gives
/// the input loop its lone-Esc timeout and a chance to notice cancellation.
/// Offsets are glibc Linux's (c_cc at 17, VTIME = 5, VMIN = 6).
/// </summary>
public sealed class Termios : IRawMode
{
    private const int StdIn = 0;
    private const int TcsaDrain = 1;
    private const int CcOffset = 17;
    private const int VTime = 5;
    private const int VMin = 6;

    private byte[]? _saved;

    public void Enter()
    {
        var original = new byte[256];
        if (tcgetattr(StdIn, original) != 0)
        {
            throw new IOException($"stdin is not a terminal (tcgetattr errno {Marshal.GetLastPInvokeError()})");
        }
        _saved = original;
        var raw = (byte[])original.Clone();
        cfmakeraw(raw);
        raw[CcOffset + VMin] = 0;
        raw[CcOffset + VTime] = 1;
        if (tcsetattr(StdIn, TcsaDrain, raw) != 0)
        {
            throw new IOException($"cannot set raw mode (tcsetattr errno {Marshal.GetLastPInvokeError()})");
        }
    }

    public void Restore()
    {
        if (_saved is { } saved)
        {
            _ = tcsetattr(StdIn, TcsaDrain, saved);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int tcgetattr(int fd, [Out] byte[] termios);

    [DllImport("libc", SetLastError = true)]
    private static extern int tcsetattr(int fd, int optionalActions, byte[] termios);

    [DllImport("libc")]
    private static extern void cfmakeraw([In, Out] byte[] termios);
}
