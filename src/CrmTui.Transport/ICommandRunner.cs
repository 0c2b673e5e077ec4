namespace CrmTui.Transport;

/// <summary>Runs argv commands somewhere: locally, over ssh, or (in tests) nowhere.</summary>
public interface ICommandRunner
{
    /// <summary>Where commands run, for messages and the audit log: "local", "ssh node1", …</summary>
    string Target { get; }

    /// <summary>
    /// The command exactly as this runner would send it, on one line: for a local runner the argv
    /// POSIX-quoted, for ssh the remote command string (each argument single-quoted once). Used by
    /// <c>--dry-run</c>, confirmation dialogs and the audit log.
    /// </summary>
    string Format(CommandLine command);

    /// <summary>
    /// Runs <paramref name="command"/>. Returns its result whatever the exit code. Throws
    /// <see cref="TransportException"/> only when it could not be run or did not finish: program
    /// not found, timeout (the process group is killed), ssh connection or host-key failure.
    /// Cancellation kills the process and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default);
}
