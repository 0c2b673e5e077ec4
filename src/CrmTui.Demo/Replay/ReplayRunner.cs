using System.Collections.Immutable;
using CrmTui.Transport;

namespace CrmTui.Demo.Replay;

/// <summary>
/// Where the Pacemaker tools are absent: answers <c>crm_mon</c> with recorded snapshots, one
/// after the other every <see cref="Step"/> (then from the start again), and refuses every other
/// command. The dashboard runs read-only over it; <see cref="Target"/> says why in its header.
/// </summary>
public sealed class ReplayRunner : ICommandRunner
{
    private readonly ImmutableArray<(string Name, string Xml)> _snapshots;
    private readonly TimeProvider _clock;
    private readonly DateTimeOffset _start;

    public ReplayRunner(ImmutableArray<(string Name, string Xml)> snapshots, TimeProvider clock, TimeSpan step)
    {
        if (snapshots.IsDefaultOrEmpty)
            throw new ArgumentException("replay needs at least one snapshot", nameof(snapshots));
        if (step <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(step), "the replay step must be positive");
        _snapshots = snapshots;
        _clock = clock;
        _start = clock.GetUtcNow();
        Step = step;
    }

    public TimeSpan Step { get; }

    public string Target => "demo replay (recorded, read-only: Pacemaker tools not found)";

    /// <summary>The snapshot crm_mon answers with now.</summary>
    public string CurrentName => _snapshots[Index()].Name;

    public string Format(CommandLine command) => PosixArgvFormat.Format(command);

    public Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        cancellationToken.ThrowIfCancellationRequested();
        var result = command.Program == "crm_mon"
            ? new CommandResult(0, _snapshots[Index()].Xml, "", TimeSpan.Zero)
            : new CommandResult(1, "", $"demo replay is read-only: {command.Program} was not run", TimeSpan.Zero);
        return Task.FromResult(result);
    }

    private int Index()
    {
        var elapsed = _clock.GetUtcNow() - _start;
        return (int)(Math.Max(0, elapsed.Ticks / Step.Ticks) % _snapshots.Length);
    }
}
