using System.Threading.Channels;
using CrmTui.Commands.Status;
using CrmTui.Transport;

namespace CrmTui.Commands.Watch;

/// <summary>
/// Keeps one cluster's status fresh at next to no cost: a full <c>crm_mon --output-as=xml</c>
/// runs only when a cheap signal says something changed (see <see cref="WatchMode"/>), when
/// <see cref="WatchOptions.SafetyRefresh"/> passed without one, or on <see cref="RefreshNow"/>.
/// Every fetch is handed to the callback as a <see cref="WatchUpdate"/>, on a pool thread. One
/// fetch at a time; signals that arrive meanwhile are coalesced into one more. A failed fetch
/// backs off. A live stream whose connection breaks is reported at once as a failed update
/// (<see cref="FetchReason.StreamLost"/>), before the fetch that follows; once per outage. Each watcher is independent: a slow cluster delays only its own updates.
/// Measurements and the reasons for this design: docs/architecture.md, "Live updates".
/// </summary>
public sealed class ClusterWatcher : IAsyncDisposable
{
    private readonly ICommandRunner _runner;
    private readonly Func<CancellationToken, Task<StatusResult>> _fetch;
    private readonly Action<WatchUpdate> _post;
    private readonly object _postGate = new();
    private readonly WatchOptions _options;
    private readonly TimeProvider _time;
    private readonly Channel<FetchReason> _wake = Channel.CreateUnbounded<FetchReason>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(string Name, Task Task)> _tasks = [];
    private volatile bool _streamUp;
    // Set once the stream loop has made its first attempt (stream up, or no stream possible): probes wait
    // for it, so they do not run in the moment between Start and the stream coming up.
    private readonly TaskCompletionSource _firstStreamAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _fetches;
    private long _probes;
    private long _streamStarts;

    /// <param name="runner">Where the probes and the stream run (the same runner as <paramref name="fetch"/>).</param>
    /// <param name="fetch">The full status query, normally <see cref="ClusterStatusQuery.QueryAsync"/>.</param>
    /// <param name="post">Receives every fetch's result; called from pool threads, one at a time.</param>
    public ClusterWatcher(ICommandRunner runner, Func<CancellationToken, Task<StatusResult>> fetch, Action<WatchUpdate> post,
        WatchOptions? options = null, TimeProvider? time = null)
    {
        _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
        _post = post ?? throw new ArgumentNullException(nameof(post));
        _options = options ?? WatchOptions.Default;
        _time = time ?? TimeProvider.System;
        Mode = Resolve(_options, runner);
    }

    /// <summary>The mode in use (<see cref="WatchMode.Auto"/> resolved).</summary>
    public WatchMode Mode { get; }

    /// <summary>Full crm_mon runs so far.</summary>
    public long Fetches => Interlocked.Read(ref _fetches);

    /// <summary>Probe commands run so far (CIB version and fence history).</summary>
    public long Probes => Interlocked.Read(ref _probes);

    /// <summary>How many times the stream was started (1 while it never broke).</summary>
    public long StreamStarts => Interlocked.Read(ref _streamStarts);

    /// <summary>Whether the stream is running now (stream mode only).</summary>
    public bool StreamUp => _streamUp;

    /// <summary>The mode changes are detected with right now (stream mode falls back to probes while the stream is down).</summary>
    public WatchMode DetectingBy => Mode == WatchMode.Stream && !_streamUp ? WatchMode.Probe : Mode;

    /// <summary>Starts watching: the first fetch runs at once.</summary>
    public ClusterWatcher Start()
    {
        lock (_tasks)
        {
            if (_tasks.Count > 0)
                throw new InvalidOperationException("the watcher is already started");
            _tasks.Add(("fetch", Task.Run(() => FetchLoopAsync(_stop.Token))));
            if (Mode == WatchMode.Stream)
                _tasks.Add(("stream", Task.Run(() => StreamLoopAsync(_stop.Token))));
            if (Mode is WatchMode.Stream or WatchMode.Probe)
                _tasks.Add(("probes", Task.Run(() => ProbeLoopAsync(_stop.Token))));
        }
        return this;
    }

    /// <summary>Fetches as soon as the fetch in flight (if any) ends, ignoring any failure backoff.</summary>
    public void RefreshNow() => _wake.Writer.TryWrite(FetchReason.Requested);

    /// <summary>What was still running when <see cref="DisposeAsync"/> stopped waiting for it
    /// (<see cref="WatchOptions.StopTimeout"/>): "fetch", "stream", "probes"; empty when all ended.</summary>
    public IReadOnlyList<string> Unfinished { get; private set; } = [];

    /// <summary>Cancels the fetch, the stream and the probes and waits for them to end, at most
    /// <see cref="WatchOptions.StopTimeout"/> (see <see cref="Unfinished"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        (string Name, Task Task)[] loops;
        lock (_tasks)
            loops = [.. _tasks];
        var all = Task.WhenAll(loops.Select(l => l.Task));
        try
        {
            await all.WaitAsync(_options.StopTimeout, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Unfinished = [.. loops.Where(l => !l.Task.IsCompleted).Select(l => l.Name)];
            // Left to end (or not) on their own; their faults are observed, never thrown later.
            _ = all.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private static WatchMode Resolve(WatchOptions options, ICommandRunner runner)
    {
        if (options.Mode != WatchMode.Auto)
            return options.Mode;
        var canStream = StreamSource.For(runner, out _) && !options.Environment.ContainsKey("CIB_file");
        return canStream ? WatchMode.Stream : WatchMode.Probe;
    }

    private async Task FetchLoopAsync(CancellationToken ct)
    {
        var reason = FetchReason.First;
        var safety = Floor(_options.SafetyRefresh);
        var backoff = TimeSpan.Zero;
        var lastFetch = _time.GetUtcNow();
        while (!ct.IsCancellationRequested)
        {
            var status = await FetchOnceAsync(ct).ConfigureAwait(false);
            if (status is null)
                return;
            lastFetch = _time.GetUtcNow();
            Post(new WatchUpdate(status, lastFetch, reason, DetectingBy));
            backoff = status.Succeeded ? TimeSpan.Zero
                : backoff == TimeSpan.Zero ? _options.FailureBackoff
                : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxBackoff.Ticks));

            var next = await NextReasonAsync(lastFetch, safety, backoff, ct).ConfigureAwait(false);
            if (next is not { } chosen)
                return;
            reason = chosen;
        }
    }

    // The fetch loop and the stream loop both report; the callback still sees one at a time.
    private void Post(WatchUpdate update)
    {
        lock (_postGate)
            _post(update);
    }

    private async Task<StatusResult?> FetchOnceAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _fetches);
        try
        {
            return await _fetch(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug or a transport surprise must not end the watch: report it like a failed poll.
            return new StatusResult(StatusKind.Unreachable, null, e.Message, _runner.Target, TimeSpan.Zero);
        }
    }

    /// <summary>Waits for the next reason to fetch: a signal (held back by the debounce and any
    /// failure backoff), a request (not held back), the poll interval or the safety deadline.</summary>
    private async Task<FetchReason?> NextReasonAsync(DateTimeOffset lastFetch, TimeSpan safety, TimeSpan backoff, CancellationToken ct)
    {
        var period = Mode == WatchMode.Poll ? Floor(_options.ProbeInterval) : safety;
        var reason = Mode == WatchMode.Poll ? FetchReason.Poll : FetchReason.Safety;
        if (backoff > period)
            period = backoff;
        try
        {
            var wait = lastFetch + period - _time.GetUtcNow();
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (wait > TimeSpan.Zero)
                timer.CancelAfter(wait);
            else
                timer.Cancel();
            FetchReason signal;
            try
            {
                signal = await _wake.Reader.ReadAsync(timer.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                Drain();
                return reason;
            }
            if (signal != FetchReason.Requested)
            {
                var hold = _options.Debounce;
                var sinceFetch = _time.GetUtcNow() - lastFetch;
                if (backoff - sinceFetch > hold)
                    hold = backoff - sinceFetch;
                if (hold > TimeSpan.Zero)
                    signal = await HoldAsync(hold, signal, ct).ConfigureAwait(false);
            }
            return Drain() == FetchReason.Requested ? FetchReason.Requested : signal;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return null;
        }
    }

    // Waits out the debounce or backoff, but lets a request cut it short.
    private async Task<FetchReason> HoldAsync(TimeSpan hold, FetchReason signal, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(hold);
        try
        {
            while (true)
            {
                if (await _wake.Reader.ReadAsync(timer.Token).ConfigureAwait(false) == FetchReason.Requested)
                    return FetchReason.Requested;
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return signal;
        }
    }

    private FetchReason? Drain()
    {
        FetchReason? strongest = null;
        while (_wake.Reader.TryRead(out var r))
            strongest = r == FetchReason.Requested || strongest is null ? r : strongest;
        return strongest;
    }

    private async Task StreamLoopAsync(CancellationToken ct)
    {
        var command = WatchCommands.Stream(_options);
        var backoff = _options.FailureBackoff;
        // A lost stream is reported once per outage: restarts that fail again say nothing until a stream printed.
        var lossReported = false;
        while (!ct.IsCancellationRequested)
        {
            var started = _time.GetUtcNow();
            if (StreamSource.For(_runner, out var streamer))
            {
                Interlocked.Increment(ref _streamStarts);
                _streamUp = true;
                _firstStreamAttempt.TrySetResult();
                try
                {
                    var ended = await streamer!.StreamAsync(command, _ =>
                    {
                        lossReported = false;
                        _wake.Writer.TryWrite(FetchReason.Change);
                    }, ct).ConfigureAwait(false);
                    // crm_mon with an hour's interval never ends by itself: an exit is a loss too (ssh's
                    // multiplexing client can exit without an error ssh is known for when its master dies).
                    if (!lossReported)
                    {
                        lossReported = true;
                        var target = (streamer as ICommandRunner)?.Target ?? _runner.Target;
                        Post(new WatchUpdate(new StatusResult(StatusKind.Unreachable, null,
                            $"live updates lost: the stream on {target} ended (exit {ended.ExitCode}){(ended.Stderr.Trim() is { Length: > 0 } why ? ": " + why : "")}",
                            target, TimeSpan.Zero), _time.GetUtcNow(), FetchReason.StreamLost, WatchMode.Stream));
                    }
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return;
                }
                catch (TransportException e)
                {
                    // The host or ssh went away; probes stand in and the fetch finds a host that answers.
                    // Say so at once: what is on screen is stale from now. (Whether crm_mon had printed
                    // yet does not matter: the host can die before its first redraw.)
                    if (!lossReported)
                    {
                        lossReported = true;
                        Post(new WatchUpdate(new StatusResult(StatusKind.Unreachable, null, $"live updates lost: {e.Message}", e.Target, TimeSpan.Zero,
                            TransportFailure: e.Failure), _time.GetUtcNow(), FetchReason.StreamLost, WatchMode.Stream));
                    }
                }
                finally
                {
                    _streamUp = false;
                }
                // Something may have changed while it was down or dying.
                _wake.Writer.TryWrite(FetchReason.Change);
            }
            _firstStreamAttempt.TrySetResult();
            // A stream that ran a while before ending gets restarted soon; one that keeps dying backs off.
            backoff = _time.GetUtcNow() - started > _options.MaxBackoff ? _options.FailureBackoff
                : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxBackoff.Ticks));
            try
            {
                await Task.Delay(backoff, _time, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ProbeLoopAsync(CancellationToken ct)
    {
        string? cib = null, fence = null;
        var lastFence = DateTimeOffset.MinValue;
        var interval = Floor(_options.ProbeInterval, TimeSpan.FromMilliseconds(100));
        if (Mode == WatchMode.Stream)
        {
            try
            {
                await _firstStreamAttempt.Task.WaitAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        while (!ct.IsCancellationRequested)
        {
            if (DetectingBy == WatchMode.Probe)
            {
                try
                {
                    cib = Compare(cib, await Count(ChangeProbe.CibVersionAsync(_runner, _options, ct)).ConfigureAwait(false));
                    if (_time.GetUtcNow() - lastFence >= _options.FenceProbeInterval)
                    {
                        lastFence = _time.GetUtcNow();
                        fence = Compare(fence, await Count(ChangeProbe.FenceHistoryAsync(_runner, _options, ct)).ConfigureAwait(false));
                    }
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return;
                }
            }
            else
            {
                // The stream is up: forget the old tokens so a fall-back starts from a fresh baseline.
                cib = fence = null;
            }
            try
            {
                await Task.Delay(interval, _time, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private Task<string> Count(Task<string> probe)
    {
        Interlocked.Increment(ref _probes);
        return probe;
    }

    private string Compare(string? previous, string current)
    {
        if (previous is not null && previous != current)
            _wake.Writer.TryWrite(FetchReason.Change);
        return current;
    }

    private static TimeSpan Floor(TimeSpan value, TimeSpan? floor = null)
    {
        var min = floor ?? TimeSpan.FromSeconds(1);
        return value < min ? min : value;
    }
}
