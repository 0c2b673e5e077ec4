using System.Globalization;

namespace CrmTui.Transport;

/// <summary>
/// The commands a runner has running, so that closing the runner can refuse new ones, cancel the
/// running ones (the local runner then kills each one's process group), wait for them within a
/// bound, and say what was still running when that bound ran out. Thread-safe.
/// </summary>
public sealed class InFlightCalls
{
    private readonly object _gate = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Dictionary<long, Call> _calls = [];
    private readonly TimeProvider _time;
    private long _next;
    private bool _closed;

    public InFlightCalls(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>Whether <see cref="Close"/> ran: no call may begin any more.</summary>
    public bool IsClosed
    {
        get { lock (_gate) return _closed; }
    }

    /// <summary>
    /// Registers a call described by <paramref name="what"/>; run it with the returned call's
    /// <see cref="Call.Token"/> (the caller's token, cancelled too by <see cref="Close"/>) and
    /// dispose it when it ends. Null once closed: the call must not start.
    /// </summary>
    public Call? Begin(string what, CancellationToken caller)
    {
        lock (_gate)
        {
            if (_closed)
                return null;
            var call = new Call(this, _next++, what, _time.GetUtcNow(), CancellationTokenSource.CreateLinkedTokenSource(caller, _closing.Token));
            _calls.Add(call.Id, call);
            return call;
        }
    }

    /// <summary>Refuses new calls and cancels the running ones. Idempotent.</summary>
    public void Close()
    {
        lock (_gate)
        {
            if (_closed)
                return;
            _closed = true;
        }
        // Outside the lock: cancellation callbacks run the callers' cleanup inline.
        _closing.Cancel();
    }

    /// <summary>Waits until no call runs, at most <paramref name="bound"/>; true when none is left.</summary>
    public async Task<bool> WhenIdleAsync(TimeSpan bound)
    {
        Task[] running;
        lock (_gate)
            running = [.. _calls.Values.Select(c => c.Ended)];
        if (running.Length == 0)
            return true;
        try
        {
            await Task.WhenAll(running).WaitAsync(bound, _time).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>What runs now, oldest first: "crm_mon for 4.2 s".</summary>
    public IReadOnlyList<string> Describe()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return [.. _calls.Values.OrderBy(c => c.Id).Select(c =>
                string.Create(CultureInfo.InvariantCulture, $"{c.What} for {(now - c.Started).TotalSeconds:0.0} s"))];
        }
    }

    private void End(Call call)
    {
        lock (_gate)
            _calls.Remove(call.Id);
    }

    /// <summary>One registered call; dispose it when the call ended, however it ended.</summary>
    public sealed class Call : IDisposable
    {
        private readonly InFlightCalls _owner;
        private readonly CancellationTokenSource _token;
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _disposed;

        internal Call(InFlightCalls owner, long id, string what, DateTimeOffset started, CancellationTokenSource token)
        {
            _owner = owner;
            Id = id;
            What = what;
            Started = started;
            _token = token;
            Token = token.Token;
        }

        internal long Id { get; }

        internal string What { get; }

        internal DateTimeOffset Started { get; }

        internal Task Ended => _ended.Task;

        /// <summary>The caller's token, also cancelled when the runner closes.</summary>
        public CancellationToken Token { get; }

        /// <summary>Whether the runner's close (not the caller) cancelled this call.</summary>
        public bool CancelledByClose(CancellationToken caller) => _owner._closing.IsCancellationRequested && !caller.IsCancellationRequested;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            _owner.End(this);
            _token.Dispose();
            _ended.TrySetResult();
        }
    }
}
