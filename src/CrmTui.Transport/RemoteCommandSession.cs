using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace CrmTui.Transport;

/// <summary>
/// One remote shell kept open (over the ssh master) to run one fixed command again and again: a
/// poll then costs the command itself and a line on an open channel, not a new ssh client and a
/// new sshd session each time. Each request is a fresh random token on the shell's standard input;
/// the shell runs the command (standard input from /dev/null) and prints, after its output, a
/// newline, the token and the exit status on standard output and a newline and the token on
/// standard error, so both outputs come back exact, whatever bytes they hold. One request at a
/// time; any fault ends the session (the caller opens a new one or runs the command on its own).
/// </summary>
public sealed class RemoteCommandSession : IDisposable
{
    /// <summary>
    /// The remote loop, for POSIX sh. <c>$1</c> is the ready token it prints on both outputs first
    /// (whatever a login shell printed before it is skipped); the rest is the command. A request
    /// line that is not a token ends the loop, and so does the end of its input.
    /// </summary>
    public const string Script =
        "r=$1; shift\n" +
        "printf '%s\\n' \"$r\"; printf '%s\\n' \"$r\" >&2\n" +
        "while IFS= read -r n; do\n" +
        "  case $n in ''|*[!0-9a-f]*) exit 0;; esac\n" +
        "  \"$@\" </dev/null; s=$?\n" +
        "  printf '\\n%s %s\\n' \"$n\" \"$s\"\n" +
        "  printf '\\n%s\\n' \"$n\" >&2\n" +
        "done\n";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly byte[] s_newline = "\n"u8.ToArray();
    private static readonly TimeSpan s_endGrace = TimeSpan.FromSeconds(2);

    private readonly RunningProcess _process;
    private readonly MarkerReader _output;
    private readonly MarkerReader _error;
    private int _disposed;

    private RemoteCommandSession(RunningProcess process)
    {
        _process = process;
        _output = new MarkerReader(process.Output);
        _error = new MarkerReader(process.Error);
    }

    /// <summary>Whether the session was ended (by a fault or by <see cref="Dispose"/>).</summary>
    public bool IsEnded => Volatile.Read(ref _disposed) != 0;

    /// <summary>
    /// The remote command string that starts the loop for <paramref name="words"/> (the command's
    /// remote words, see <see cref="RemoteShellQuoting.RemoteWords"/>), every word quoted once.
    /// </summary>
    public static string RemoteCommand(IReadOnlyList<string> words, string readyToken) =>
        RemoteShellQuoting.Join(["sh", "-c", Script, "crmtui-session", readyToken, .. words]);

    /// <summary>
    /// Starts <paramref name="launcher"/>'s command (the ssh client whose remote command is
    /// <see cref="RemoteCommand"/> with the given token) and waits for the loop's ready token on both outputs.
    /// </summary>
    /// <exception cref="RemoteSessionEndedException">The session ended before it was ready (its
    /// exit code and standard error say why: ssh could not connect, no sh there, …).</exception>
    /// <exception cref="TimeoutException">Not ready within <paramref name="timeout"/>.</exception>
    public static async Task<RemoteCommandSession> OpenAsync(IProcessStarter starter, Func<string, CommandLine> launcher,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(starter);
        ArgumentNullException.ThrowIfNull(launcher);
        var ready = NewToken();
        var session = new RemoteCommandSession(starter.Start(launcher(ready)));
        try
        {
            var marker = Encoding.ASCII.GetBytes(ready + "\n");
            await session.ExchangeAsync(ct => Task.WhenAll(
                    session._output.ReadUntilAsync(marker, ct), session._error.ReadUntilAsync(marker, ct)),
                timeout, cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs the command once more and returns what it printed and its exit status. Any failure
    /// ends the session.
    /// </summary>
    /// <exception cref="RemoteSessionEndedException">The session ended during the request.</exception>
    /// <exception cref="TimeoutException">No answer within <paramref name="timeout"/>.</exception>
    /// <exception cref="InvalidDataException">The answer did not follow the protocol.</exception>
    public async Task<CommandResult> RunAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsEnded, this);
        var clock = Stopwatch.StartNew();
        var token = NewToken();
        byte[] stdout = [], stderr = [], status = [];
        await ExchangeAsync(async ct =>
        {
            await _process.Input.WriteAsync(Encoding.ASCII.GetBytes(token + "\n"), ct).ConfigureAwait(false);
            await _process.Input.FlushAsync(ct).ConfigureAwait(false);
            var output = ReadOutputAsync(token, ct);
            var error = _error.ReadUntilAsync(Encoding.ASCII.GetBytes("\n" + token + "\n"), ct);
            // Both at once (a full stderr pipe must not stall stdout), and both observed.
            await Task.WhenAll(output, error).ConfigureAwait(false);
            (stdout, status) = await output.ConfigureAwait(false);
            stderr = await error.ConfigureAwait(false);
        }, timeout, cancellationToken).ConfigureAwait(false);
        if (!int.TryParse(Encoding.ASCII.GetString(status), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var exitCode))
        {
            Dispose();
            throw new InvalidDataException($"the session's status line \"{Encoding.ASCII.GetString(status)}\" is not an exit status");
        }
        return new CommandResult(exitCode, s_utf8.GetString(stdout), s_utf8.GetString(stderr), clock.Elapsed);
    }

    private async Task<(byte[] Stdout, byte[] Status)> ReadOutputAsync(string token, CancellationToken cancellationToken)
    {
        var stdout = await _output.ReadUntilAsync(Encoding.ASCII.GetBytes("\n" + token + " "), cancellationToken).ConfigureAwait(false);
        var status = await _output.ReadUntilAsync(s_newline, cancellationToken).ConfigureAwait(false);
        return (stdout, status);
    }

    /// <summary>Ends the session: kills the local ssh client (its channel closes; the remote loop
    /// ends at its next read). Never throws.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _process.Dispose();
    }

    // Runs one exchange within the timeout; a fault of any kind ends the session.
    private async Task ExchangeAsync(Func<CancellationToken, Task> exchange, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancellationToken);
        var work = exchange(linked.Token);
        try
        {
            // WaitAsync: a read on a pipe may not notice the cancellation; the kill below ends it.
            await work.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && limit.IsCancellationRequested)
        {
            AbandonedTasks.Abandon(work);
            throw new TimeoutException($"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is EndOfStreamException or IOException)
        {
            throw await EndedAsync().ConfigureAwait(false);
        }
        catch
        {
            AbandonedTasks.Abandon(work);
            throw;
        }
        finally
        {
            if (!work.IsCompletedSuccessfully)
                Dispose();
        }
    }

    // The session ended under us: collect its exit status and what it said on stderr.
    private async Task<RemoteSessionEndedException> EndedAsync()
    {
        int? exitCode = null;
        try
        {
            exitCode = await _process.Exited.WaitAsync(s_endGrace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
        var stderr = new StringBuilder(s_utf8.GetString(_error.Pending));
        try
        {
            using var rest = new MemoryStream();
            using var grace = new CancellationTokenSource(s_endGrace);
            await _process.Error.CopyToAsync(rest, grace.Token).WaitAsync(grace.Token).ConfigureAwait(false);
            stderr.Append(s_utf8.GetString(rest.ToArray()));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
        Dispose();
        return new RemoteSessionEndedException(exitCode, stderr.ToString());
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
