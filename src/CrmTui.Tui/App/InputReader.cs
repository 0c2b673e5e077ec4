using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.App;

/// <summary>
/// The background loop that turns terminal bytes into <see cref="KeyPressed"/> messages. A read
/// that times out with an ESC pending resolves it as the Esc key (the lone-ESC rule); end of input
/// posts Ctrl-C's command so the UI quits instead of spinning.
/// </summary>
public static class InputReader
{
    /// <summary>How long the way out waits for the reader to stop after cancelling it.</summary>
    public static readonly TimeSpan ReaderStopTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs a host's UI loop with the keyboard read into <paramref name="post"/>. When the loop
    /// ends (quit, signal or error) the reader is stopped and awaited, so nothing reads the
    /// terminal after the host restores it. Shared by the dashboard, replay and fleet hosts.
    /// </summary>
    public static async Task RunWithLoopAsync(ITerminal terminal, Action<UiMessage> post, Func<CancellationToken, Task> loop, CancellationTokenSource stop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(stop);
        var input = RunAsync(terminal, post, stop.Token);
        try
        {
            await loop(stop.Token).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            // A read returns within its poll (100 ms); should one not (a terminal that misbehaves), the
            // way out does not wait for it past ReaderStopTimeout.
            try
            {
                await input.WaitAsync(ReaderStopTimeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                _ = input.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
        }
    }

    public static async Task RunAsync(ITerminal terminal, Action<UiMessage> post, CancellationToken cancellationToken)
    {
        var decoder = new InputDecoder();
        var buffer = new byte[256];
        while (!cancellationToken.IsCancellationRequested)
        {
            int n;
            try
            {
                n = await terminal.ReadAsync(buffer, TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (n < 0)
            {
                foreach (var key in decoder.Flush())
                {
                    post(new KeyPressed(key));
                }
                post(new KeyPressed(Key.Ctrl('c')));
                return;
            }
            var keys = n > 0 ? decoder.Feed(buffer.AsSpan(0, n)) : decoder.HasPending ? decoder.Flush() : [];
            foreach (var key in keys)
            {
                post(new KeyPressed(key));
            }
        }
    }
}
