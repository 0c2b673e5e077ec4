using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.App;

/// <summary>
/// The background loop that turns terminal bytes into <see cref="KeyPressed"/> messages. A read
/// that times out with an ESC pending resolves it as the Esc key (the lone-ESC rule); end of input
/// posts Ctrl-C's command so the UI quits instead of spinning.
/// </summary>
public static class InputReader
{
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
