using System.Threading.Channels;
using CrmTui.Commands;
using CrmTui.Commands.Execution;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;

namespace CrmTui.Tui.App;

/// <summary>
/// A UI thread: it alone holds the state; input, poll results, timers and finished actions arrive
/// as messages in one inbox; a burst is applied in one go and drawn as one frame. Actions run as
/// pool tasks and post their outcome back; nothing here blocks on IO. <see cref="ProcessPending"/>
/// lets a test harness pump the same loop synchronously. The dashboard (<see cref="MainLoop"/>) and
/// the fleet view (<c>FleetLoop</c>) differ only in their update function, their effects and
/// their screen.
/// </summary>
public abstract class UiLoop<TState> where TState : class
{
    private readonly Channel<UiMessage> _inbox = Channel.CreateUnbounded<UiMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ScreenRenderer _renderer;
    private readonly ScreenBuffer _back = new(0, 0);
    private readonly object _actionsLock = new();
    private readonly List<Task> _actions = [];
    private readonly CancellationTokenSource _shutdown = new();
    private TState? _rendered;
    private bool _clear;

    protected UiLoop(ITerminal terminal, ScreenRenderer renderer, TState initial)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        _renderer = renderer;
        State = initial;
        terminal.Resized += (_, size) => Post(new TerminalResized(size));
    }

    public TState State { get; protected set; }

    /// <summary>Frames drawn so far (the fleet bench counts them while idle).</summary>
    public long Frames { get; private set; }

    /// <summary>Test-only fault (<see cref="TestCrash"/>): after this many frames the UI thread throws.</summary>
    public long? CrashAfterFrames { get; set; }

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
        ProcessPending();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown.Token);
        while (!QuitRequested)
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
        OnStopped();
    }

    /// <summary>Applies every queued message, then draws one frame if anything changed. Returns whether there was any.</summary>
    public bool ProcessPending()
    {
        var any = false;
        while (_inbox.Reader.TryRead(out var message))
        {
            Apply(message);
            any = true;
        }
        Render();
        AfterFrame();
        return any;
    }

    /// <summary>Whether the state asks the loop to end.</summary>
    protected abstract bool QuitRequested { get; }

    /// <summary>The update function: a new <see cref="State"/> for the message, and the effects to carry out.</summary>
    protected abstract IReadOnlyList<UiEffect> Update(UiMessage message);

    /// <summary>Carries out an effect other than <see cref="ClearScreen"/> (which the loop handles).</summary>
    protected abstract void Execute(UiEffect effect);

    /// <summary>Draws the state into the back buffer.</summary>
    protected abstract void Draw(TState state, ScreenBuffer back);

    /// <summary>After each burst and its frame (e.g. re-arming a timer).</summary>
    protected virtual void AfterFrame()
    {
    }

    /// <summary>After the loop ended (dispose timers).</summary>
    protected virtual void OnStopped()
    {
    }

    /// <summary>Runs an action on the pool, off this thread, and posts <paramref name="finished"/> of its
    /// outcome; an exception is reported as a failed action, never thrown into the UI.</summary>
    protected void StartAction(ClusterAction action, Func<CancellationToken, Task<ActionOutcome>> run, Func<ActionOutcome, UiMessage> finished)
    {
        var token = _shutdown.Token;
        var task = Task.Run(async () =>
        {
            ActionOutcome outcome;
            try
            {
                outcome = await run(token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug or a cancelled run must not kill the UI: report it like a failed action.
                outcome = new ActionOutcome(OutcomeKind.Failed, action, null, null, null, "", e.Message, TimeSpan.Zero,
                    $"{action.Description}: failed: {e.Message}");
            }
            Post(finished(outcome));
        }, CancellationToken.None);
        lock (_actionsLock)
        {
            _actions.RemoveAll(t => t.IsCompleted);
            _actions.Add(task);
        }
    }

    /// <summary>Runs a read on the pool and posts the message it makes; tracked like an action (the harness
    /// waits for it). Cancelled at shutdown without a message.</summary>
    protected void StartTask(Func<CancellationToken, Task<UiMessage>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var token = _shutdown.Token;
        var task = Task.Run(async () =>
        {
            try
            {
                Post(await work(token).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
        }, CancellationToken.None);
        lock (_actionsLock)
        {
            _actions.RemoveAll(t => t.IsCompleted);
            _actions.Add(task);
        }
    }

    private void Apply(UiMessage message)
    {
        foreach (var effect in Update(message))
        {
            if (effect is ClearScreen)
                _clear = true;
            else
                Execute(effect);
        }
    }

    private void Render()
    {
        if (ReferenceEquals(_rendered, State) && !_clear)
        {
            return;
        }
        Draw(State, _back);
        if (_clear)
        {
            _renderer.Invalidate();
            _clear = false;
        }
        _renderer.Flush(_back);
        _rendered = State;
        Frames++;
        if (Frames >= CrashAfterFrames)
        {
            throw TestCrash.Exception(Frames);
        }
    }
}
