using System.Diagnostics;

namespace CrmTui.Bench.Live;

/// <summary>Reads the crm_mon tmux pane every 20 ms and notes when its text last changed.</summary>
internal sealed class ScreenWatch(TmuxCrmMon tmux)
{
    private readonly CancellationTokenSource _stop = new();
    private volatile string _text = "";
    private long _changedAt;

    public string Text => _text;

    public long ChangedAt => Interlocked.Read(ref _changedAt);

    public async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var screen = await tmux.ScreenAsync();
            // crm_mon's clock line changes every redraw; only the rest counts as a change.
            var text = string.Join('\n', screen.Split('\n').Where(l => !l.Contains("Last updated", StringComparison.Ordinal)));
            if (text != _text)
            {
                Interlocked.Exchange(ref _changedAt, Stopwatch.GetTimestamp());
                _text = text;
            }
            try
            {
                await Task.Delay(20, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public void Stop() => _stop.Cancel();
}
