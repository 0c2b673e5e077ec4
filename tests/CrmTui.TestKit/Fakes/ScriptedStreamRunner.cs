using System.Threading.Channels;
using CrmTui.Transport;

namespace CrmTui.TestKit.Fakes;

/// <summary>
/// A <see cref="RecordingRunner"/> that can also stream: every <see cref="StreamAsync"/> call
/// (recorded in <see cref="Streams"/>) delivers the lines the test pushes with <see cref="Push"/>
/// until the test calls <see cref="End"/> (the stream exits with that code) or
/// <see cref="Fail"/> (it throws <see cref="TransportException"/>). Thread-safe.
/// </summary>
public sealed class ScriptedStreamRunner : ICommandRunner, ICommandStreamer
{
    private readonly object _gate = new();
    private readonly List<CommandLine> _streams = [];
    private Channel<Func<CommandResult?>> _script = Channel.CreateUnbounded<Func<CommandResult?>>();
    private TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ScriptedStreamRunner(RecordingRunner? inner = null) => Inner = inner ?? new RecordingRunner("scripted");

    /// <summary>Answers <see cref="RunAsync"/> calls (script probes and crm_mon on it).</summary>
    public RecordingRunner Inner { get; }

    public string Target => Inner.Target;

    /// <summary>Every stream started so far.</summary>
    public IReadOnlyList<CommandLine> Streams
    {
        get { lock (_gate) return [.. _streams]; }
    }

    /// <summary>Completes when a stream is running (the current one, or the next one to start).</summary>
    public Task StreamStarted
    {
        get { lock (_gate) return _started.Task; }
    }

    public string Format(CommandLine command) => Inner.Format(command);

    public Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default) =>
        Inner.RunAsync(command, cancellationToken);

    /// <summary>The running stream prints <paramref name="line"/>.</summary>
    public void Push(string line) => Script(() => { Deliver?.Invoke(line); return null; });

    /// <summary>The running stream exits with <paramref name="exitCode"/>.</summary>
    public void End(int exitCode = 0) => Script(() => new CommandResult(exitCode, "", "", TimeSpan.Zero));

    /// <summary>The running stream's connection breaks.</summary>
    public void Fail(TransportFailure failure = TransportFailure.ConnectionFailed) =>
        Script(() => throw new TransportException(failure, Target, $"scripted {failure}"));

    public async Task<CommandResult> StreamAsync(CommandLine command, Action<string> onLine, CancellationToken cancellationToken)
    {
        Channel<Func<CommandResult?>> script;
        lock (_gate)
        {
            _streams.Add(command);
            script = _script;
            Deliver = onLine;
            _started.TrySetResult();
        }
        try
        {
            while (true)
            {
                var step = await script.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (step() is { } end)
                    return end;
            }
        }
        finally
        {
            lock (_gate)
            {
                // The next stream gets a fresh script; StreamStarted waits for it.
                _script = Channel.CreateUnbounded<Func<CommandResult?>>();
                _started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Deliver = null;
            }
        }
    }

    private Action<string>? Deliver { get; set; }

    private void Script(Func<CommandResult?> step)
    {
        lock (_gate) _script.Writer.TryWrite(step);
    }
}
