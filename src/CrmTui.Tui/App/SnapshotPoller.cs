using CrmTui.Commands.Status;

namespace CrmTui.Tui.App;

/// <summary>
/// Polls <c>crm_mon</c> on a timer, off the UI thread, and posts the result. A tick is skipped while
/// a poll is still running (a slow host never piles up queries); after a failure the interval
/// doubles up to a ceiling and resets on success. <see cref="RefreshNow"/> polls at once.
/// </summary>
public sealed class SnapshotPoller : IDisposable
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly Func<CancellationToken, Task<StatusResult>> _query;
    private readonly Action<UiMessage> _post;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly CancellationTokenSource _stop = new();
    private readonly ITimer _timer;
    private TimeSpan _current;
    private int _inFlight;

    public SnapshotPoller(Func<CancellationToken, Task<StatusResult>> query, Action<UiMessage> post, TimeProvider time, TimeSpan interval)
    {
        _query = query;
        _post = post;
        _time = time;
        // A floor keeps a misconfigured interval from hammering the cluster.
        _interval = interval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : interval;
        _current = _interval;
        _timer = time.CreateTimer(_ => _ = PollAsync(), null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public void RefreshNow() => _ = PollAsync();

    public void Dispose()
    {
        _stop.Cancel();
        _timer.Dispose();
    }

    private async Task PollAsync()
    {
        if (Interlocked.Exchange(ref _inFlight, 1) == 1)
        {
            return;
        }
        try
        {
            var result = await _query(_stop.Token).ConfigureAwait(false);
            var at = _time.GetUtcNow();
            if (result is { Succeeded: true, Snapshot: { } snapshot })
            {
                _current = _interval;
                _post(new SnapshotReceived(snapshot, result.Host, at));
            }
            else
            {
                _current = TimeSpan.FromTicks(Math.Min(_current.Ticks * 2, MaxBackoff.Ticks));
                _post(new PollFailed(result.Error ?? result.Kind.ToString(), result.Host, at));
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _post(new PollFailed(e.Message, "?", _time.GetUtcNow()));
        }
        finally
        {
            Volatile.Write(ref _inFlight, 0);
        }
        if (!_stop.IsCancellationRequested)
        {
            try
            {
                _timer.Change(_current, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // Disposed between the check and the call: the poller is shutting down.
            }
        }
    }
}
