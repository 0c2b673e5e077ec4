using System.Diagnostics;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Demo;

/// <summary>
/// A real terminal for a program under test: one detached tmux session on a private server
/// (<c>tmux -L</c> with a socket name of its own, no user configuration), read with
/// <c>capture-pane</c> and typed into with <c>send-keys</c>. Waits poll the screen against a
/// deadline; nothing sleeps a fixed time. Dispose kills this private server only.
/// </summary>
public sealed class TmuxTerminal : IAsyncDisposable
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(150);
    private readonly LocalProcessRunner _local = new();
    private readonly string _socket;

    private TmuxTerminal(string socket) => _socket = socket;

    /// <summary>Starts <paramref name="argv"/> (run directly, no shell) in a
    /// <paramref name="columns"/>×<paramref name="rows"/> pane.</summary>
    public static async Task<TmuxTerminal> StartAsync(int columns, int rows, params string[] argv)
    {
        var terminal = new TmuxTerminal($"crmtui-test-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        string[] start = ["new-session", "-d", "-s", "t", "-x", columns.ToString(), "-y", rows.ToString(), "--", .. argv];
        await terminal.TmuxAsync(start);
        return terminal;
    }

    /// <summary>The visible screen, one string per row, trailing blanks trimmed.</summary>
    public async Task<string> ScreenAsync() => await TmuxAsync("capture-pane", "-p", "-t", "t");

    /// <summary>Keys as tmux names them: "q", "Escape", "Enter", "2".</summary>
    public Task SendKeysAsync(params string[] keys) => TmuxAsync(["send-keys", "-t", "t", .. keys]);

    /// <summary>A tmux format about the pane, e.g. <c>#{alternate_on}</c>.</summary>
    public async Task<string> PaneAsync(string format) => (await TmuxAsync("display-message", "-p", "-t", "t", format)).Trim();

    /// <summary>Polls the screen until <paramref name="done"/> holds for it; fails with the last screen at the deadline.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> done, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var screen = await ScreenAsync();
            if (done(screen))
                return screen;
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"after {timeout.TotalSeconds:0} s the screen still does not show {what}; it shows:\n{screen}");
            await Task.Delay(PollEvery);
        }
    }

    private async Task<string> TmuxAsync(params string[] args)
    {
        string[] argv = ["tmux", "-L", _socket, "-f", "/dev/null", .. args];
        var result = await _local.RunAsync(CommandLine.Of(argv).WithTimeout(TimeSpan.FromSeconds(20)));
        if (!result.Succeeded)
            throw new InvalidOperationException($"tmux {args[0]} exited {result.ExitCode}: {result.Stderr}");
        return result.Stdout;
    }

    public async ValueTask DisposeAsync()
    {
        string[] argv = ["tmux", "-L", _socket, "kill-server"];
        await _local.RunAsync(CommandLine.Of(argv).WithTimeout(TimeSpan.FromSeconds(20)));
    }
}
