using CrmTui.Commands;
using CrmTui.Commands.Constraints;
using CrmTui.Commands.Execution;
using CrmTui.Core.Model;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.App;

/// <summary>
/// The dashboard's UI thread (<see cref="UiLoop{TState}"/>) over <see cref="UiState"/>: keys,
/// snapshots, timers and finished actions go through <see cref="Update.Apply"/> and are drawn by
/// <see cref="Screens.Render"/>.
/// </summary>
public sealed class MainLoop : UiLoop<UiState>
{
    /// <summary>Runs an action (normally <c>ActionExecutor.RunAsync</c>); <paramref name="snapshot"/> is what the
    /// operator saw when confirming, so the executor can re-check availability against it.</summary>
    public delegate Task<ActionOutcome> ActionRunner(ClusterAction action, bool confirmed, ClusterSnapshot? snapshot, CancellationToken cancellationToken);

    private readonly UiContext _context;
    private readonly TimeProvider _time;
    private readonly ActionRunner _runAction;
    private readonly Action _refreshNow;
    private ITimer? _tick;

    public MainLoop(ITerminal terminal, ScreenRenderer renderer, UiContext context, UiState initial, TimeProvider time,
        ActionRunner runAction, Action refreshNow)
        : base(terminal, renderer, initial with { Size = terminal.Size, Now = time.GetUtcNow() })
    {
        _context = context;
        _time = time;
        _runAction = runAction;
        _refreshNow = refreshNow;
    }

    /// <summary>Reads the location constraints (normally <c>ConstraintsQuery.QueryAsync</c>); null: never read.</summary>
    public Func<CancellationToken, Task<ConstraintsResult>>? Constraints { get; set; }

    /// <summary>What the loop renders with (keys, glyphs, read-only reason).</summary>
    public UiContext Context => _context;

    protected override bool QuitRequested => State.QuitRequested;

    protected override IReadOnlyList<UiEffect> Update(UiMessage message)
    {
        var now = _time.GetUtcNow();
        // A replay's clock is the frame's time, not the wall clock.
        var state = State.Replay is null && now > State.Now ? State with { Now = now } : State;
        var result = App.Update.Apply(state, message, _context);
        State = result.State;
        return result.Effects;
    }

    protected override void Execute(UiEffect effect)
    {
        switch (effect)
        {
            case RunAction run:
                var snapshot = State.Snapshot;
                StartAction(run.Action, token => _runAction(run.Action, run.Confirmed, snapshot, token), outcome => new ActionFinished(outcome));
                break;
            case RefreshNow:
                _refreshNow();
                break;
            case FetchConstraints when Constraints is { } read:
                StartTask(async token => new ConstraintsReceived(await read(token).ConfigureAwait(false), _time.GetUtcNow()));
                break;
            case ScheduleTick tick:
                _tick?.Dispose();
                _tick = _time.CreateTimer(_ => Post(new ClockTick(_time.GetUtcNow())), null, tick.After, Timeout.InfiniteTimeSpan);
                break;
        }
    }

    protected override void Draw(UiState state, ScreenBuffer back) => Screens.Render(state, back, _context);

    protected override void OnStopped() => _tick?.Dispose();
}
