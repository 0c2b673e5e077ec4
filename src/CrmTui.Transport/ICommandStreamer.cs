namespace CrmTui.Transport;

/// <summary>
/// Runs a long-lived command and hands over its standard output line by line as it arrives (a
/// remote watcher such as <c>crm_mon</c> left running). Implemented by the local and ssh runners;
/// a runner that cannot stream simply does not implement it.
/// </summary>
public interface ICommandStreamer
{
    /// <summary>Where commands run, as in <see cref="ICommandRunner.Target"/>.</summary>
    string Target { get; }

    /// <summary>
    /// Starts <paramref name="command"/> and calls <paramref name="onLine"/> (on a pool thread, one
    /// line at a time) for every line of its standard output, until it exits. The command's
    /// <see cref="CommandLine.Timeout"/> does not apply: a stream runs until it ends or
    /// <paramref name="cancellationToken"/> is cancelled, which kills its process group and throws
    /// <see cref="OperationCanceledException"/>. Returns the exit code, the last few KB of stderr
    /// and the duration; <see cref="CommandResult.Stdout"/> is empty (the lines went to the callback).
    /// Throws <see cref="TransportException"/> when the command could not be started or ssh failed.
    /// </summary>
    Task<CommandResult> StreamAsync(CommandLine command, Action<string> onLine, CancellationToken cancellationToken);
}
