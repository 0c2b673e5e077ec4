using System.Threading.Channels;
using CrmTui.Commands;
using CrmTui.Commands.Execution;
using CrmTui.Core.Model;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.App;

/// <summary>
/// The UI thread. It alone holds <see cref="UiState"/>: input, poll results, timers and finished
/// actions arrive as messages in an inbox channel; a burst is applied in one go and rendered as one
/// frame. Actions run as tasks on the thread pool and post <see cref="ActionFinished"/>; nothing
/// here blocks on IO. <see cref="ProcessPending"/> lets a test harness pump the same loop
/// synchronously.
/// </summary>
public sealed class MainLoop
{
    /// <summary>Runs an action (normally <c>ActionExecutor.RunAsync</c>); <paramref name="snapshot"/> is what the
    /// operator saw when confirming, so the executor can re-check availability against it.</summary>
    public delegate Task<ActionOutcome> ActionRunner(ClusterAction action, bool confirmed, ClusterSnapshot? snapshot, CancellationToken cancellationToken);

    private readonly Channel<UiMessage> _inbox = Channel.CreateUnbounded<UiMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ScreenRenderer _renderer;
    private readonly UiContext _context;
    private readonly TimeProvider _time;
    private readonly ActionRunner _runAction;
    private readonly Action _refreshNow;
    private readonly ScreenBuffer _back = new(0, 0);
    private readonly object _actionsLock = new();
    private readonly List<Task> _actions = [];
    private readonly CancellationTokenSource _shutdown = new();
    private ITimer? _tick;
    private UiState? _rendered;
    private bool _clear;

    public MainLoop(ITerminal terminal, ScreenRenderer renderer, UiContext context, UiState initial, TimeProvider time,
        ActionRunner runAction, Action refreshNow)
    {
        _renderer = renderer;
        _context = context;
        _time = time;
        _runAction = runAction;
        _refreshNow = refreshNow;
        State = initial with { Size = terminal.Size, Now = time.GetUtcNow() };
        terminal.Resized += (_, size) => Post(new TerminalResized(size));
    }

    public UiState State { get; private set; }

    /// <summary>Thread-safe: any thread may post.</summary>
    public void Post(UiMessage message) => _inbox.Writer.TryWrite(message);

    /// <summary>Action tasks still running (the harness waits for them).</summary>
    public Task WhenActionsDone()
    {
        lock (_actionsLock)
        {
            return Task.WhenAll(_actions.ToArray());
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Render();
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
        _shutdown.Cancel();
        _tick?.Dispose();
    }

    /// <summary>Applies every queued message, then renders one frame if anything changed. Returns whether there was any.</summary>
    public bool ProcessPending()
    {
        var any = false;
        while (_inbox.Reader.TryRead(out var message))
        {
            Apply(message);
            any = true;
        }
        Render();
        return any;
    }

    private void Apply(UiMessage message)
    {
        var now = _time.GetUtcNow();
        // A replay's clock is the frame's time, not the wall clock.
        var state = State.Replay is null && now > State.Now ? State with { Now = now } : State;
        var result = Update.Apply(state, message, _context);
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
            case RunAction run:
                Start(run);
                break;
            case RefreshNow:
                _refreshNow();
                break;
            case ClearScreen:
                _clear = true;
                break;
            case ScheduleTick tick:
                _tick?.Dispose();
                _tick = _time.CreateTimer(_ => Post(new ClockTick(_time.GetUtcNow())), null, tick.After, Timeout.InfiniteTimeSpan);
                break;
        }
    }

    private void Start(RunAction run)
    {
        var token = _shutdown.Token;
        var snapshot = State.Snapshot;
        var task = Task.Run(async () =>
        {
            ActionOutcome outcome;
            try
            {
                outcome = await _runAction(run.Action, run.Confirmed, snapshot, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug or a cancelled run must not kill the UI: report it like a failed action.
                outcome = new ActionOutcome(OutcomeKind.Failed, run.Action, null, null, null, "", e.Message, TimeSpan.Zero,
                    $"{run.Action.Description}: failed: {e.Message}");
            }
            Post(new ActionFinished(outcome));
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
        Screens.Render(State, _back, _context);
        if (_clear)
        {
            _renderer.Invalidate();
            _clear = false;
        }
        _renderer.Flush(_back);
        _rendered = State;
    }
}
