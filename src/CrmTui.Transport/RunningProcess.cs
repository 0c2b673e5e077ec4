using System.Diagnostics;

namespace CrmTui.Transport;

/// <summary>
/// A child started by <see cref="IProcessStarter.Start"/>: its three pipes as raw byte streams and
/// its exit. Disposing it kills it (with its process group when it has one of its own) and
/// releases the pipes; it never throws.
/// </summary>
public sealed class RunningProcess : IDisposable
{
    private readonly Process _process;
    private readonly bool _ownGroup;
    private int _disposed;

    internal RunningProcess(Process process, bool ownGroup)
    {
        _process = process;
        _ownGroup = ownGroup;
        Input = process.StandardInput.BaseStream;
        Output = process.StandardOutput.BaseStream;
        Error = process.StandardError.BaseStream;
        Exited = WaitExitAsync(process);
    }

    /// <summary>The child's standard input.</summary>
    public Stream Input { get; }

    /// <summary>The child's standard output.</summary>
    public Stream Output { get; }

    /// <summary>The child's standard error.</summary>
    public Stream Error { get; }

    /// <summary>Completes with the exit code when the child has exited.</summary>
    public Task<int> Exited { get; }

    /// <summary>The child's process id (the leader of its group when it has one).</summary>
    public int Id => _process.Id;

    /// <summary>Kills the child (and its process group) if it still runs. Never throws.</summary>
    public void Kill() => ProcessGroup.Kill(_process, _ownGroup);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        Kill();
        try
        {
            // Closes the three pipes too.
            _process.Dispose();
        }
        catch (IOException)
        {
        }
    }

    private static async Task<int> WaitExitAsync(Process process)
    {
        // Not disposed here: the pipes may still hold output to read after the exit.
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        return process.ExitCode;
    }
}
