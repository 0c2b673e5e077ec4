using System.Collections.Immutable;
using System.Threading.Channels;
using CrmTui.Commands;
using CrmTui.Commands.Execution;
using CrmTui.Tui.App;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// The fleet's UI thread, the same shape as <see cref="MainLoop"/>: every cluster's watcher, every
/// key, timer and finished action arrives in one inbox; a burst is applied in one go and drawn as
/// one frame. Nothing here waits on a cluster: a fetch that hangs holds up only its own watcher,
/// and actions run as pool tasks. <see cref="ProcessPending"/> lets a test pump it synchronously.
/// </summary>
public sealed class FleetLoop
{
    private readonly Channel<UiMessage> _inbox = Channel.CreateUnbounded<UiMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ScreenRenderer _renderer;
    private readonly FleetContext _context;
    private readonly TimeProvider _time;
    private readonly ImmutableDictionary<string, ClusterBackend> _backends;
    private readonly ScreenBuffer _back = new(0, 0);
    private readonly object _actionsLock = new();
    private readonly List<Task> _actions = [];
    private readonly Dictionary<string, ITimer> _clusterTicks = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _shutdown = new();
    private ITimer? _tick;
    private DateTimeOffset _tickAt = DateTimeOffset.MaxValue;
    private FleetState? _rendered;
    private bool _clear;

    public FleetLoop(ITerminal terminal, ScreenRenderer renderer, FleetContext context, FleetState initial, TimeProvider time,
        IReadOnlyDictionary<string, ClusterBackend> backends)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        _renderer = renderer;
        _context = context;
        _time = time;
        _backends = backends.ToImmutableDictionary(StringComparer.Ordinal);
        State = initial with { Size = terminal.Size, Now = time.GetUtcNow() };
        terminal.Resized += (_, size) => Post(new TerminalResized(size));
    }

    public FleetState State { get; private set; }

    /// <summary>Frames drawn so far (the bench counts them while idle).</summary>
    public long Frames { get; private set; }

    /// <summary>Thread-safe: any thread may post (watchers post <see cref="ClusterMessage"/>s).</summary>
    public void Post(UiMessage message) => _inbox.Writer.TryWrite(message);

    public Task WhenActionsDone()
    {
        lock (_actionsLock)
        {
            return Task.WhenAll(_actions.ToArray());
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        ProcessPending();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown.Token);
        while (!State.QuitRequested)
        {
            UiMessage message;
            try
            {
                message = await _inbox.Reader.ReadAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            Apply(message);
            ProcessPending();
        }
        await _shutdown.CancelAsync().ConfigureAwait(false);
        _tick?.Dispose();
        foreach (var timer in _clusterTicks.Values)
        {
            timer.Dispose();
        }
    }

    /// <summary>Applies every queued message, then draws one frame if anything changed.</summary>
    public bool ProcessPending()
    {
        var any = false;
        while (_inbox.Reader.TryRead(out var message))
        {
            Apply(message);
            any = true;
        }
        Render();
        ArmTick();
        return any;
    }

    private void Apply(UiMessage message)
    {
        var now = _time.GetUtcNow();
        var state = now > State.Now ? State with { Now = now } : State;
        var result = FleetUpdate.Apply(state, message, _context);
        State = result.State;
        foreach (var effect in result.Effects)
        {
            Execute(effect);
        }
    }

    private void Execute(UiEffect effect)
    {
        switch (effect)
        {
            case ClearScreen:
                _clear = true;
                break;
            case ClusterEffect { Inner: RunAction run } e when _backends.TryGetValue(e.Cluster, out var backend):
                Start(e.Cluster, run, backend);
                break;
            case ClusterEffect { Inner: RefreshNow } e when _backends.TryGetValue(e.Cluster, out var backend):
                backend.RefreshNow();
                break;
            case ClusterEffect { Inner: ScheduleTick tick } e:
                var cluster = e.Cluster;
                if (_clusterTicks.Remove(cluster, out var old))
                {
                    old.Dispose();
                }
                _clusterTicks[cluster] = _time.CreateTimer(_ => Post(new ClusterMessage(cluster, new ClockTick(_time.GetUtcNow()))), null, tick.After, Timeout.InfiniteTimeSpan);
                break;
        }
    }

    // One timer for the overview's ages and the next cluster to go stale; re-armed only when the due time moves earlier or passed.
    private void ArmTick()
    {
        var due = State.Now + FleetUpdate.NextTick(State, _context);
        if (_tick is not null && _tickAt > State.Now && _tickAt <= due)
        {
            return;
        }
        _tick?.Dispose();
        _tickAt = due;
        _tick = _time.CreateTimer(_ => Post(new ClockTick(_time.GetUtcNow())), null, due - State.Now, Timeout.InfiniteTimeSpan);
    }

    private void Start(string cluster, RunAction run, ClusterBackend backend)
    {
        var token = _shutdown.Token;
        var snapshot = State.ClusterState(cluster)?.Snapshot;
        var task = Task.Run(async () =>
        {
            ActionOutcome outcome;
            try
            {
                outcome = await backend.RunAction(run.Action, run.Confirmed, snapshot, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                outcome = new ActionOutcome(OutcomeKind.Failed, run.Action, null, null, null, "", e.Message, TimeSpan.Zero,
                    $"{run.Action.Description}: failed: {e.Message}");
            }
            Post(new ClusterMessage(cluster, new ActionFinished(outcome)));
        }, CancellationToken.None);
        lock (_actionsLock)
        {
            _actions.RemoveAll(t => t.IsCompleted);
            _actions.Add(task);
        }
    }

    private void Render()
    {
        if (ReferenceEquals(_rendered, State) && !_clear)
        {
            return;
        }
        FleetScreen.Render(State, _back, _context);
        if (_clear)
        {
            _renderer.Invalidate();
            _clear = false;
        }
        _renderer.Flush(_back);
        _rendered = State;
        Frames++;
    }
}
