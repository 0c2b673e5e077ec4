using System.Collections.Immutable;
using CrmTui.Tui.App;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// The fleet's UI thread (<see cref="UiLoop{TState}"/>) over <see cref="FleetState"/>: every
/// cluster's watcher, every key, timer and finished action arrives in one inbox. Nothing here waits
/// on a cluster: a fetch that hangs holds up only its own watcher, and actions run as pool tasks.
/// </summary>
public sealed class FleetLoop : UiLoop<FleetState>
{
    private readonly FleetContext _context;
    private readonly TimeProvider _time;
    private readonly ImmutableDictionary<string, ClusterBackend> _backends;
    private readonly Dictionary<string, ITimer> _clusterTicks = new(StringComparer.Ordinal);
    private ITimer? _tick;
    private DateTimeOffset _tickAt = DateTimeOffset.MaxValue;

    public FleetLoop(ITerminal terminal, ScreenRenderer renderer, FleetContext context, FleetState initial, TimeProvider time,
        IReadOnlyDictionary<string, ClusterBackend> backends)
        : base(terminal, renderer, initial with { Size = terminal.Size, Now = time.GetUtcNow() })
    {
        _context = context;
        _time = time;
        _backends = backends.ToImmutableDictionary(StringComparer.Ordinal);
    }

    protected override bool QuitRequested => State.QuitRequested;

    protected override IReadOnlyList<UiEffect> Update(UiMessage message)
    {
        var now = _time.GetUtcNow();
        var state = now > State.Now ? State with { Now = now } : State;
        var result = FleetUpdate.Apply(state, message, _context);
        State = result.State;
        return result.Effects;
    }

    protected override void Execute(UiEffect effect)
    {
        switch (effect)
        {
            case ClusterEffect { Inner: RunAction run } e when _backends.TryGetValue(e.Cluster, out var backend):
                var cluster = e.Cluster;
                var snapshot = State.ClusterState(cluster)?.Snapshot;
                StartAction(run.Action, token => backend.RunAction(run.Action, run.Confirmed, snapshot, token),
                    outcome => new ClusterMessage(cluster, new ActionFinished(outcome)));
                break;
            case ClusterEffect { Inner: RefreshNow } e when _backends.TryGetValue(e.Cluster, out var backend):
                backend.RefreshNow();
                break;
            case ClusterEffect { Inner: ScheduleTick tick } e:
                var ticking = e.Cluster;
                if (_clusterTicks.Remove(ticking, out var old))
                {
                    old.Dispose();
                }
                _clusterTicks[ticking] = _time.CreateTimer(_ => Post(new ClusterMessage(ticking, new ClockTick(_time.GetUtcNow()))), null, tick.After, Timeout.InfiniteTimeSpan);
                break;
        }
    }

    protected override void Draw(FleetState state, ScreenBuffer back) => FleetScreen.Render(state, back, _context);

    // One timer for the overview's ages and the next cluster to go stale; re-armed only when the due time moves earlier or passed.
    protected override void AfterFrame()
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

    protected override void OnStopped()
    {
        _tick?.Dispose();
        foreach (var timer in _clusterTicks.Values)
        {
            timer.Dispose();
        }
    }
}
