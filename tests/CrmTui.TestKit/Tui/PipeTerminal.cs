using System.Threading.Channels;
using CrmTui.Tui.Terminal;

namespace CrmTui.TestKit.Tui;

/// <summary>
/// A terminal for a dashboard that runs live (its own loop and input reader, real time): keys are
/// queued from the test thread and a read waits for them up to its timeout, as a tty read does;
/// every write (one per rendered frame) is reported to <see cref="Written"/> on the writer's
/// thread. The unit-test harness pumps the loop itself and uses its own non-waiting terminal.
/// </summary>
public sealed class PipeTerminal(int width, int height) : ITerminal
{
    private readonly Channel<byte[]> _input = Channel.CreateUnbounded<byte[]>();
    private readonly object _gate = new();
    private byte[] _rest = [];
    private int _queued;
    private TaskCompletionSource _drained = Done();

    public TerminalSize Size { get; } = new(width, height);

    // The size never changes.
    public event EventHandler<TerminalSize>? Resized
    {
        add { }
        remove { }
    }

    /// <summary>Called after each write, on the thread that wrote (the UI loop).</summary>
    public Action? Written { get; set; }

    /// <summary>Queues bytes as one read.</summary>
    public void Send(byte[] bytes)
    {
        lock (_gate)
        {
            if (_queued++ == 0)
                _drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        _input.Writer.TryWrite(bytes);
    }

    /// <summary>Completes when everything sent was read and a later read found the input quiet
    /// (so the reader has resolved a lone Esc and posted every key).</summary>
    public Task Drained
    {
        get { lock (_gate) return _drained.Task; }
    }

    public void Write(string text) => Written?.Invoke();

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_rest.Length == 0)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(timeout);
            try
            {
                _rest = await _input.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
                lock (_gate)
                    _queued--;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lock (_gate)
                {
                    if (_queued == 0)
                        _drained.TrySetResult();
                }
                return 0;
            }
        }
        var n = Math.Min(_rest.Length, buffer.Length);
        _rest.AsSpan(0, n).CopyTo(buffer.Span);
        _rest = _rest[n..];
        return n;
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
