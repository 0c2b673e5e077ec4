using CrmTui.Transport;

namespace CrmTui.Tui.Tests.Fleet;

/// <summary>A host that accepts every command and never answers (a hung ssh, a stuck crm_mon):
/// each call waits until it is cancelled.</summary>
internal sealed class HangingRunner(string target) : ICommandRunner
{
    private readonly TaskCompletionSource _called = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pending;

    public string Target { get; } = target;

    /// <summary>Completes when the first command reached this host.</summary>
    public Task Called => _called.Task;

    /// <summary>Calls still waiting.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public string Format(CommandLine command) => string.Join(' ', command.Argv);

    public async Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _pending);
        _called.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException("unreachable");
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }
}
