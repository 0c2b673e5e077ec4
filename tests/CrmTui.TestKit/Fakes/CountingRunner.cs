using System.Collections.Concurrent;
using CrmTui.Transport;

namespace CrmTui.TestKit.Fakes;

/// <summary>
/// Passes every call to a real runner and counts them by program, so a test or bench can say
/// exactly what ran on the cluster (e.g. "no crm_mon while idle"). Streams pass through too when
/// the inner runner can stream; they are counted under "stream:" + program.
/// </summary>
public sealed class CountingRunner(ICommandRunner inner) : ICommandRunner, ICommandStreamer
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public ICommandRunner Inner => inner;

    public string Target => inner.Target;

    /// <summary>Calls so far of <paramref name="program"/> (streams: "stream:crm_mon").</summary>
    public int Count(string program) => _counts.GetValueOrDefault(program);

    /// <summary>Every program and its count so far.</summary>
    public IReadOnlyDictionary<string, int> Counts => new Dictionary<string, int>(_counts, StringComparer.Ordinal);

    public string Format(CommandLine command) => inner.Format(command);

    public Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default)
    {
        _counts.AddOrUpdate(command.Program, 1, (_, n) => n + 1);
        return inner.RunAsync(command, cancellationToken);
    }

    public Task<CommandResult> StreamAsync(CommandLine command, Action<string> onLine, CancellationToken cancellationToken)
    {
        if (inner is not ICommandStreamer streamer)
            throw new TransportException(TransportFailure.InvalidRequest, Target, "the inner runner cannot stream");
        _counts.AddOrUpdate("stream:" + command.Program, 1, (_, n) => n + 1);
        return streamer.StreamAsync(command, onLine, cancellationToken);
    }
}
