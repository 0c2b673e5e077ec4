namespace CrmTui.Transport;

/// <summary>
/// The ssh runner's bookkeeping for one repeated command: its open <see cref="RemoteCommandSession"/>
/// (if any), whether a run is using it, how often the command ran and how often a session for it
/// failed. A session is opened from the second run on (a command run once, such as
/// <c>status --once</c>, pays nothing for it), and never again after
/// <see cref="FailuresBeforeGivingUp"/> failures (a host without sh, a forced command): the command
/// then runs on its own each time, as before. Thread-safe.
/// </summary>
internal sealed class SessionSlot
{
    public const int FailuresBeforeGivingUp = 3;

    private readonly object _gate = new();
    private bool _busy;
    private bool _closed;
    private int _runs;
    private int _failures;
    private RemoteCommandSession? _session;
    private long _lastUsed = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>Claims the slot for one run; false when the command should run on its own this
    /// time (first run, another run is using the session, sessions failed for it, or closed).</summary>
    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_busy || _closed)
                return false;
            _runs++;
            if (_runs < 2 || _failures >= FailuresBeforeGivingUp)
                return false;
            _busy = true;
            return true;
        }
    }

    /// <summary>The open session, for the run that holds the slot; null when one must be opened.</summary>
    public RemoteCommandSession? Session
    {
        get
        {
            lock (_gate)
                return _session is { IsEnded: false } ? _session : null;
        }
    }

    /// <summary>Keeps <paramref name="session"/> for later runs (disposed at once when the slot was closed meanwhile).</summary>
    public void Keep(RemoteCommandSession session)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _session = session;
                return;
            }
        }
        session.Dispose();
    }

    /// <summary>The session failed (not a connection failure): count it and drop the session.</summary>
    public void Failed()
    {
        lock (_gate)
            _failures++;
        Drop();
    }

    /// <summary>Drops the session (a timeout or a cancellation ended it).</summary>
    public void Drop()
    {
        RemoteCommandSession? session;
        lock (_gate)
        {
            session = _session;
            _session = null;
        }
        session?.Dispose();
    }

    /// <summary>Releases the slot after a run.</summary>
    public void Exit()
    {
        lock (_gate)
        {
            _busy = false;
            _lastUsed = System.Diagnostics.Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Ends the session when no run used it for <paramref name="limit"/> (a probe's
    /// session after the watcher's stream came back); the next run opens a new one.</summary>
    public void DropIfIdle(TimeSpan limit)
    {
        lock (_gate)
        {
            if (_busy || _session is null || System.Diagnostics.Stopwatch.GetElapsedTime(_lastUsed) < limit)
                return;
        }
        Drop();
    }

    /// <summary>No more sessions: ends the open one.</summary>
    public void Close()
    {
        lock (_gate)
            _closed = true;
        Drop();
    }
}
