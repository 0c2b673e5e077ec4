using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace CrmTui.Transport;

/// <summary>
/// Runs commands on this machine with <see cref="ProcessStartInfo.ArgumentList"/> (never a shell
/// string). Standard input is always redirected (closed at once when the command has none) so a
/// child never reads the dashboard's keystrokes; stdout and stderr are drained concurrently so a
/// 1 MB+ crm_mon never blocks on a full pipe.
/// </summary>
/// <remarks>
/// Where util-linux <c>setsid</c> exists the child runs through it: it becomes the leader of a new
/// session and process group, so a timeout or cancellation kills the whole group, including
/// grandchildren that were re-parented to init, and the child has no controlling terminal (ssh
/// can never open /dev/tty to ask for a password). Without setsid the runner falls back to
/// <see cref="Process.Kill(bool)"/> with the entire process tree.
/// </remarks>
public sealed class LocalProcessRunner : ICommandRunner, ICommandStreamer, IProcessStarter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly bool _useSetsid;

    /// <param name="useProcessGroup">Start children in their own process group via setsid when
    /// it exists (the default). Tests turn it off to exercise the fallback.</param>
    public LocalProcessRunner(bool useProcessGroup = true)
    {
        _useSetsid = useProcessGroup && ProcessGroup.SetsidPath is not null;
    }

    /// <inheritdoc/>
    public string Target => "local";

    /// <summary>Whether children get their own process group (setsid was found and enabled).</summary>
    public bool UsesProcessGroups => _useSetsid;

    /// <inheritdoc/>
    public string Format(CommandLine command) => PosixArgvFormat.Format(command);

    /// <inheritdoc/>
    public async Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Argv.IsDefaultOrEmpty || command.Program.Length == 0)
            throw new TransportException(TransportFailure.InvalidRequest, Target, "empty command: nothing to run");
        if (command.Timeout <= TimeSpan.Zero)
            throw new TransportException(TransportFailure.InvalidRequest, Target, $"timeout must be positive, got {command.Timeout}");
        cancellationToken.ThrowIfCancellationRequested();

        var stopwatch = Stopwatch.StartNew();
        using var process = Launch(command);

        var stdoutTask = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderrTask = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var stdinTask = WriteInputAsync(process, command.StandardInput);

        using var timeout = new CancellationTokenSource(command.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            // Wait for the exit only, not for end-of-file: an ssh mux client hands its pipes to
            // the master, which keeps them until the remote command ends, possibly much later.
            AbandonedTasks.Abandon(stdoutTask, stderrTask, stdinTask);
            await Task.WhenAny(process.WaitForExitAsync(CancellationToken.None), Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TransportException(
                TransportFailure.Timeout, Target,
                $"{command.Program} did not finish within {command.Timeout.TotalSeconds:0.#} s and was killed");
        }

        // The child has exited; a grandchild it left behind may still hold the pipes open. Wait for
        // end-of-file within what is left of the timeout, then kill the group so nothing hangs.
        var outputs = Task.WhenAll(stdoutTask, stderrTask);
        if (await Task.WhenAny(outputs, Task.Delay(Timeout.Infinite, linked.Token)).ConfigureAwait(false) != outputs)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
        }
        await DrainAsync(process, stdoutTask, stderrTask, stdinTask).ConfigureAwait(false);
        if (!outputs.IsCompleted)
        {
            AbandonedTasks.Abandon(stdoutTask, stderrTask, stdinTask);
            throw new TransportException(
                TransportFailure.Timeout, Target,
                $"{command.Program} exited but a process outside its group kept its output open past the {command.Timeout.TotalSeconds:0.#} s timeout");
        }
        stopwatch.Stop();
        return new CommandResult(process.ExitCode, await stdoutTask.ConfigureAwait(false), await stderrTask.ConfigureAwait(false), stopwatch.Elapsed);
    }

    /// <inheritdoc/>
    public async Task<CommandResult> StreamAsync(CommandLine command, Action<string> onLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(onLine);
        if (command.Argv.IsDefaultOrEmpty || command.Program.Length == 0)
            throw new TransportException(TransportFailure.InvalidRequest, Target, "empty command: nothing to run");
        cancellationToken.ThrowIfCancellationRequested();
        var stopwatch = Stopwatch.StartNew();
        using var process = Launch(command);
        var stderr = new StderrTail();
        var stdoutTask = PumpLinesAsync(process.StandardOutput, onLine);
        var stderrTask = PumpLinesAsync(process.StandardError, stderr.Add);
        var stdinTask = WriteInputAsync(process, command.StandardInput);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            AbandonedTasks.Abandon(stdoutTask, stderrTask, stdinTask);
            await Task.WhenAny(process.WaitForExitAsync(CancellationToken.None), Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)).ConfigureAwait(false);
            throw;
        }
        // The last lines may still be in the pipe after the exit; a holder outside the group must not hang us.
        var outputs = Task.WhenAll(stdoutTask, stderrTask);
        if (await Task.WhenAny(outputs, Task.Delay(TimeSpan.FromSeconds(2), cancellationToken)).ConfigureAwait(false) != outputs)
        {
            Kill(process);
            AbandonedTasks.Abandon(stdoutTask, stderrTask, stdinTask);
        }
        return new CommandResult(process.ExitCode, "", stderr.Text, stopwatch.Elapsed);
    }

    /// <summary>
    /// Kills every command any local runner of this process is still running (and its process
    /// group), for the forced way out of a shutdown that ran out of time: a child in a group of
    /// its own outlives the process otherwise (a local crm_mon stream until its next redraw).
    /// Returns what was killed ("crm_mon (pid 4242)"). Never throws.
    /// </summary>
    public static IReadOnlyList<string> KillRunning() => LocalChildren.KillAll();

    /// <inheritdoc/>
    public RunningProcess Start(CommandLine command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Argv.IsDefaultOrEmpty || command.Program.Length == 0)
            throw new TransportException(TransportFailure.InvalidRequest, Target, "empty command: nothing to run");
        return new RunningProcess(Launch(command), _useSetsid);
    }

    // Finds the program on PATH (the command's own PATH when it sets one) and starts it.
    private Process Launch(CommandLine command)
    {
        var pathVariable = command.Environment.TryGetValue("PATH", out var p) ? p : Environment.GetEnvironmentVariable("PATH");
        var executable = ExecutableLookup.Resolve(command.Program, pathVariable)
            ?? throw new TransportException(TransportFailure.ProgramNotFound, Target,
                $"{command.Program}: program not found (searched PATH); is it installed on this machine?");
        var process = new Process { StartInfo = BuildStartInfo(command, executable) };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new TransportException(TransportFailure.ProgramNotFound, Target, $"{command.Program}: cannot be started: {ex.Message}", ex);
        }
        LocalChildren.Add(process, command.Program, _useSetsid);
        return process;
    }

    private static async Task PumpLinesAsync(StreamReader reader, Action<string> onLine)
    {
        while (await reader.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is { } line)
            onLine(line);
    }

    private ProcessStartInfo BuildStartInfo(CommandLine command, string executable)
    {
        var psi = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = s_utf8,
            StandardErrorEncoding = s_utf8,
            StandardInputEncoding = s_utf8,
        };
        if (_useSetsid)
        {
            psi.FileName = ProcessGroup.SetsidPath!;
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(executable);
        }
        else
        {
            psi.FileName = executable;
        }
        foreach (var argument in command.Argv.Skip(1))
            psi.ArgumentList.Add(argument);
        foreach (var (name, value) in command.Environment)
            psi.Environment[name] = value;
        return psi;
    }

    private static async Task WriteInputAsync(Process process, string? input)
    {
        try
        {
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
                await process.StandardInput.FlushAsync().ConfigureAwait(false);
            }
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child exited (or closed stdin) before reading all of it: its exit code says why.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private void Kill(Process process) => ProcessGroup.Kill(process, _useSetsid);

    private static async Task DrainAsync(Process process, Task stdout, Task stderr, Task stdin)
    {
        // After a kill the pipes close; bound the wait anyway so a stray holder cannot hang us.
        var all = Task.WhenAll(stdout, stderr, stdin, process.WaitForExitAsync());
        await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
    }
}
