using System.Diagnostics;
using System.Globalization;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Dashboard;

/// <summary>
/// One tmux pane running a plain bash on a private tmux server (<c>tmux -L</c> with a unique socket
/// name, no user config), for driving the real <c>crmtui</c> binary as an operator would. Waits poll
/// <c>capture-pane</c> against a deadline; nothing sleeps a fixed time. Disposing kills the server.
/// </summary>
internal sealed class TmuxPane : IAsyncDisposable
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(50);
    private readonly LocalProcessRunner _local = new();
    private readonly string _socket = $"crmtui-it-{Environment.ProcessId}-{Guid.NewGuid():N}"[..32];

    private TmuxPane()
    {
    }

    public static async Task<TmuxPane> StartAsync(int width, int height, IReadOnlyDictionary<string, string> environment)
    {
        var pane = new TmuxPane();
        var argv = new List<string> { "new-session", "-d", "-s", "dash", "-x", Num(width), "-y", Num(height) };
        foreach (var (name, value) in environment)
            argv.AddRange(["-e", $"{name}={value}"]);
        argv.AddRange(["--", "bash", "--norc", "--noprofile"]);
        await pane.TmuxAsync([.. argv]);
        return pane;
    }

    /// <summary>Types <paramref name="text"/> literally, then Enter.</summary>
    public async Task RunAsync(string text)
    {
        await TmuxAsync("send-keys", "-t", "dash", "-l", text);
        await TmuxAsync("send-keys", "-t", "dash", "Enter");
    }

    /// <summary>Presses keys by tmux name (<c>q</c>, <c>Enter</c>, <c>C-c</c>).</summary>
    public Task PressAsync(params string[] keys) => TmuxAsync(["send-keys", "-t", "dash", .. keys]);

    public async Task<string> CaptureAsync() => (await TmuxAsync("capture-pane", "-p", "-t", "dash")).Stdout;

    /// <summary>A tmux format about the pane, e.g. <c>#{alternate_on}</c>.</summary>
    public async Task<string> FormatAsync(string format) => (await TmuxAsync("display-message", "-p", "-t", "dash", format)).Stdout.Trim();

    /// <summary>Polls the screen until <paramref name="condition"/> holds; fails with the last screen after <paramref name="limit"/>.</summary>
    public async Task<(string Screen, TimeSpan Elapsed)> WaitForAsync(string what, Func<string, bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var screen = await CaptureAsync();
            if (condition(screen))
                return (screen, clock.Elapsed);
            if (clock.Elapsed > limit)
                Assert.Fail($"screen: {what}: not seen within {limit.TotalSeconds} s; last screen:\n{screen}");
            await Task.Delay(s_poll);
        }
    }

    /// <summary>Polls until <paramref name="path"/> exists and is not empty; returns its text.</summary>
    public static async Task<string> WaitForFileAsync(string path, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (File.Exists(path) && new FileInfo(path).Length > 0)
            {
                var text = await File.ReadAllTextAsync(path);
                if (text.EndsWith('\n'))
                    return text;
            }
            if (clock.Elapsed > limit)
                Assert.Fail($"{path} not written within {limit.TotalSeconds} s");
            await Task.Delay(s_poll);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await TmuxAsync("kill-server");
        }
        catch (Xunit.Sdk.XunitException)
        {
            // Already gone.
        }
        // tmux leaves the socket file of a killed server behind.
        var socketDirectory = Environment.GetEnvironmentVariable("TMUX_TMPDIR") is { Length: > 0 } tmp ? tmp : "/tmp";
        File.Delete(Path.Combine(socketDirectory, $"tmux-{Geteuid()}", _socket));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint Geteuid();

    /// <summary>One shell word: the text in single quotes.</summary>
    public static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private async Task<CommandResult> TmuxAsync(params string[] args)
    {
        var result = await _local.RunAsync(CommandLine.Of(["tmux", "-L", _socket, "-f", "/dev/null", .. args]).WithTimeout(TimeSpan.FromSeconds(20)));
        if (!result.Succeeded)
            Assert.Fail($"tmux {string.Join(' ', args)} exited {result.ExitCode}: {result.Stderr}");
        return result;
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
