using System.Collections.Immutable;
using System.Globalization;

namespace CrmTui.Transport;

/// <summary>
/// Runs commands on one host through the system OpenSSH client, over one multiplexed master
/// connection (opened by the first command, closed by <see cref="CloseAsync"/>), so a poll costs
/// a channel on an open connection, not a TCP and key exchange. Disposing it is the way out and
/// is bounded: it refuses new commands, cancels the running ones (their ssh clients' process
/// groups are killed), waits for them at most <see cref="DrainTimeout"/>, then closes the master
/// with <c>ssh -O exit</c> within <see cref="ControlTimeout"/>.
/// </summary>
/// <remarks>
/// The argv is quoted once, here, into the single remote command string ssh hands to the remote
/// login shell (see <see cref="RemoteShellQuoting"/>). ssh itself runs through a local runner,
/// so the timeout kills the ssh client's process group; the master daemonizes into its own
/// session and survives, ready for the next call.
/// </remarks>
public sealed class SshCommandRunner : ICommandRunner, ICommandStreamer, IAsyncDisposable, IDisposable
{
    private readonly ICommandRunner _local;
    // Created on first use, so a runner built only to Format a --dry-run touches no files.
    private readonly Lazy<SshControlDirectory>? _controlDirectory;
    private readonly bool _ownsControlDirectory;
    private readonly string _sshProgram;
    private readonly InFlightCalls _calls = new();
    private readonly Dictionary<string, SessionSlot> _sessions = new(StringComparer.Ordinal);
    private readonly object _disposeGate = new();
    private Task? _disposal;
    private int _used;

    /// <param name="target">The host and how to reach it.</param>
    /// <param name="controlDirectory">Where control sockets go; null: a private one this runner
    /// creates and removes on dispose.</param>
    /// <param name="local">Runs the ssh client; null: a <see cref="LocalProcessRunner"/>.</param>
    /// <param name="sshProgram">The ssh client, "ssh" from PATH unless given.</param>
    /// <exception cref="TransportException">InvalidRequest for a host, user or jump host that
    /// starts with '-' (ssh would read it as an option) or holds whitespace.</exception>
    public SshCommandRunner(SshTarget target, SshControlDirectory? controlDirectory = null, ICommandRunner? local = null, string sshProgram = "ssh")
    {
        ArgumentNullException.ThrowIfNull(target);
        Validate(target);
        SshTarget = target;
        Target = "ssh " + target.Host;
        _local = local ?? new LocalProcessRunner();
        _sshProgram = sshProgram;
        if (target.Multiplex)
        {
            _ownsControlDirectory = controlDirectory is null;
            _controlDirectory = controlDirectory is null
                ? new Lazy<SshControlDirectory>(SshControlDirectory.Create, LazyThreadSafetyMode.ExecutionAndPublication)
                : new Lazy<SshControlDirectory>(controlDirectory);
        }
    }

    /// <summary>How this runner reaches its host.</summary>
    public SshTarget SshTarget { get; }

    /// <inheritdoc/>
    public string Target { get; }

    /// <summary>How long <c>ssh -O exit</c> and <c>ssh -O check</c> may take (the master is local: it
    /// answers in milliseconds unless it is stuck, and a stuck one must not hold up the way out).</summary>
    public TimeSpan ControlTimeout { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How long dispose waits for the cancelled commands to end before it closes the master
    /// anyway (a killed ssh client ends in milliseconds; waiting lets a master that a first
    /// connection was still forking show up before <c>-O exit</c> is sent).</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>
    /// Whether a command marked <see cref="CommandLine.Repeats"/> (a poll) is answered, from its
    /// second run on, by a <see cref="RemoteCommandSession"/> kept open on the master instead of a
    /// new ssh client and sshd session per run (on by default; only with multiplexing, and only
    /// when the local runner can start a process for a conversation).
    /// </summary>
    public bool UseSessions { get; init; } = true;

    /// <summary>How long a kept session may go unused before it is ended (checked whenever a
    /// repeated command runs): an idle one costs an ssh client here and a shell on the node.</summary>
    public TimeSpan SessionIdleLimit { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The commands running now, oldest first ("crm_mon for 4.2 s"), for a report of what
    /// a shutdown that ran out of time was still waiting for.</summary>
    public IReadOnlyList<string> InFlight => _calls.Describe();

    /// <summary>The ControlPath ssh is given (with <c>%C</c> unexpanded); null without multiplexing.</summary>
    public string? ControlPath => _controlDirectory?.Value.ControlPath;

    /// <summary>The remote command string exactly as sent: each word single-quoted once.</summary>
    public string Format(CommandLine command) => RemoteShellQuoting.RemoteCommand(command, SshTarget.Sudo);

    /// <summary>The full local argv of the ssh client for <paramref name="command"/> (for tests and docs).</summary>
    public ImmutableArray<string> BuildArgv(CommandLine command) =>
        [.. BaseArgv(), "--", SshTarget.Host, Format(command)];

    /// <inheritdoc/>
    public async Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Argv.IsDefaultOrEmpty || command.Program.Length == 0)
            throw new TransportException(TransportFailure.InvalidRequest, Target, "empty command: nothing to run");
        if (command.Environment.Keys.FirstOrDefault(n => !RemoteShellQuoting.IsValidVariableName(n)) is { } badName)
            throw new TransportException(TransportFailure.InvalidRequest, Target,
                $"environment variable name \"{badName}\" is not a valid shell name (letters, digits, '_', not starting with a digit)");
        // The environment travels inside the remote command (env NAME=value …), not to ssh.
        using var call = _calls.Begin(command.Program, cancellationToken) ?? throw Closed(command);
        var ssh = new CommandLine(BuildArgv(command)) { Timeout = command.Timeout, StandardInput = command.StandardInput };
        // Only now may a master exist (building the argv created the control directory).
        Interlocked.Exchange(ref _used, 1);
        CommandResult result;
        try
        {
            CommandResult? answered = null;
            if (MayUseSession(command, out var starter))
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                answered = await RunInSessionAsync(command, starter, call.Token).ConfigureAwait(false);
                // On its own after a session was tried: within what is left of the timeout.
                ssh = ssh with { Timeout = Max(command.Timeout - clock.Elapsed, TimeSpan.FromMilliseconds(100)) };
            }
            result = answered ?? await _local.RunAsync(ssh, call.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (call.CancelledByClose(cancellationToken))
        {
            throw Closed(command);
        }
        catch (Exception ex) when (ex is TimeoutException || ex is TransportException { Failure: TransportFailure.Timeout })
        {
            throw new TransportException(TransportFailure.Timeout, Target,
                $"{command.Program} on {SshTarget.Host} did not finish within {command.Timeout.TotalSeconds:0.#} s; the ssh session was killed", ex);
        }
        catch (TransportException ex) when (ex.Failure == TransportFailure.ProgramNotFound)
        {
            throw new TransportException(TransportFailure.ProgramNotFound, Target,
                $"the ssh client ({_sshProgram}) is not installed here; install openssh-client", ex);
        }
        return SshFailureClassifier.Classify(SshTarget, Target, result) is { } failure ? throw failure : result;
    }

    // Whether a kept session may answer the command: a repeated one without input, on the master.
    private bool MayUseSession(CommandLine command, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IProcessStarter? starter)
    {
        starter = _local as IProcessStarter;
        return command.Repeats && command.StandardInput is null && UseSessions && SshTarget.Multiplex && starter is not null;
    }

    // A repeated command from its second run on: answered by the session kept for it (opened now
    // if there is none). Null: run it on its own (first run, session busy, sessions failed for it,
    // or the session just failed without a connection failure: the run on its own then gives the
    // real answer). A connection failure while the session opens is thrown as the run on its own
    // would throw it.
    private async Task<CommandResult?> RunInSessionAsync(CommandLine command, IProcessStarter starter, CancellationToken cancellationToken)
    {
        var key = Format(command);
        SessionSlot slot;
        SessionSlot[] others;
        lock (_sessions)
        {
            if (!_sessions.TryGetValue(key, out slot!))
                _sessions.Add(key, slot = new SessionSlot());
            others = [.. _sessions.Values.Where(s => s != slot)];
        }
        foreach (var other in others)
            other.DropIfIdle(SessionIdleLimit);
        if (!slot.TryEnter())
            return null;
        var opening = false;
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var session = slot.Session;
            if (session is null)
            {
                opening = true;
                var words = RemoteShellQuoting.RemoteWords(command, SshTarget.Sudo);
                session = await RemoteCommandSession.OpenAsync(starter,
                    ready => new CommandLine([.. BaseArgv(), "--", SshTarget.Host, RemoteCommandSession.RemoteCommand(words, ready)]),
                    command.Timeout, cancellationToken).ConfigureAwait(false);
                slot.Keep(session);
                opening = false;
            }
            return await session.RunAsync(Max(command.Timeout - clock.Elapsed, TimeSpan.FromMilliseconds(1)), cancellationToken).ConfigureAwait(false);
        }
        catch (RemoteSessionEndedException ended) when (opening)
        {
            // Could not even start: a connection failure is the answer; anything else (no sh
            // there, a forced command) counts against sessions for this command.
            if (SshFailureClassifier.Classify(SshTarget, Target, new CommandResult(ended.ExitCode ?? -1, "", ended.Stderr, TimeSpan.Zero)) is { } failure)
            {
                slot.Drop();
                throw failure;
            }
            slot.Failed();
            return null;
        }
        catch (RemoteSessionEndedException)
        {
            // An open session ended (its master went away, the remote shell was killed): the run
            // on its own reconnects or gives the real failure.
            slot.Drop();
            return null;
        }
        catch (InvalidDataException)
        {
            slot.Failed();
            return null;
        }
        catch (ObjectDisposedException)
        {
            // Ended between lookup and use (the runner is closing): the run on its own says so.
            slot.Drop();
            return null;
        }
        catch
        {
            // Timeout or cancellation: the session was ended with its ssh client.
            slot.Drop();
            throw;
        }
        finally
        {
            slot.Exit();
        }
    }

    /// <inheritdoc/>
    /// <remarks>The stream is one more channel on the multiplexed master, like any other call.</remarks>
    public async Task<CommandResult> StreamAsync(CommandLine command, Action<string> onLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Argv.IsDefaultOrEmpty || command.Program.Length == 0)
            throw new TransportException(TransportFailure.InvalidRequest, Target, "empty command: nothing to run");
        if (_local is not ICommandStreamer local)
            throw new TransportException(TransportFailure.InvalidRequest, Target, "the local runner behind this ssh runner cannot stream");
        using var call = _calls.Begin(command.Program + " (stream)", cancellationToken) ?? throw Closed(command);
        var ssh = new CommandLine(BuildArgv(command)) { StandardInput = command.StandardInput };
        Interlocked.Exchange(ref _used, 1);
        CommandResult result;
        try
        {
            result = await local.StreamAsync(ssh, onLine, call.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (call.CancelledByClose(cancellationToken))
        {
            throw Closed(command);
        }
        catch (TransportException ex) when (ex.Failure == TransportFailure.ProgramNotFound)
        {
            throw new TransportException(TransportFailure.ProgramNotFound, Target,
                $"the ssh client ({_sshProgram}) is not installed here; install openssh-client", ex);
        }
        return SshFailureClassifier.Classify(SshTarget, Target, result) is { } failure ? throw failure : result;
    }

    /// <summary>Whether a master connection is up for this host (<c>ssh -O check</c>).</summary>
    public async Task<bool> IsMasterRunningAsync(CancellationToken cancellationToken = default)
    {
        if (!SshTarget.Multiplex)
            return false;
        var result = await ControlAsync("check", cancellationToken).ConfigureAwait(false);
        return result?.ExitCode == 0;
    }

    /// <summary>
    /// Closes the master connection (<c>ssh -O exit</c>) if this runner may have opened one.
    /// Never throws: closing runs on the way out, where a missing master is fine.
    /// </summary>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        if (!SshTarget.Multiplex || Interlocked.Exchange(ref _used, 0) == 0)
            return;
        await ControlAsync("exit", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The way out, bounded by <see cref="DrainTimeout"/> + <see cref="ControlTimeout"/> whatever the
    /// commands or the master do: refuses new commands (none may open a new master after this),
    /// cancels the running ones, waits for them within the drain bound, closes the master. Callers
    /// at once (a normal shutdown and a forced one) share the same work. Never throws.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        // Started on the pool, not inline: cancelling the running commands runs their callers' code.
        lock (_disposeGate)
            _disposal ??= Task.Run(DisposeCoreAsync);
        return new ValueTask(_disposal);
    }

    private async Task DisposeCoreAsync()
    {
        // Cancelling kills each running ssh client's process group (the master is in a session of its own).
        _calls.Close();
        SessionSlot[] slots;
        lock (_sessions)
            slots = [.. _sessions.Values];
        foreach (var slot in slots)
            slot.Close();
        await _calls.WhenIdleAsync(DrainTimeout).ConfigureAwait(false);
        await CloseAsync().ConfigureAwait(false);
        if (_ownsControlDirectory && _controlDirectory is { IsValueCreated: true })
            _controlDirectory.Value.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<CommandResult?> ControlAsync(string operation, CancellationToken cancellationToken)
    {
        ImmutableArray<string> argv = [.. BaseArgv(), "-O", operation, "--", SshTarget.Host];
        try
        {
            return await _local.RunAsync(new CommandLine(argv) { Timeout = ControlTimeout }, cancellationToken)
                .WaitAsync(ControlTimeout + TimeSpan.FromSeconds(0.5), cancellationToken).ConfigureAwait(false);
        }
        catch (TransportException)
        {
            return null;
        }
        catch (TimeoutException)
        {
            // The local runner did not honour its own timeout (it kills and waits at most 2 s): give up on it.
            return null;
        }
    }

    private TransportException Closed(CommandLine command) =>
        new(TransportFailure.InvalidRequest, Target,
            $"{command.Program} on {SshTarget.Host} was not run: the ssh runner is closed (crmtui is shutting down)");

    private List<string> BaseArgv()
    {
        var t = SshTarget;
        var argv = new List<string> { _sshProgram };
        if (t.ConfigFile is not null)
            argv.AddRange(["-F", t.ConfigFile]);
        // ssh keeps the first value it sees for each keyword: BatchMode goes first so nothing can
        // re-enable prompts; the user's extra options go next so they override our defaults.
        argv.AddRange(["-o", "BatchMode=yes"]);
        foreach (var option in t.ExtraOptions)
            argv.AddRange(["-o", option]);
        argv.AddRange(["-T",
            "-o", "ConnectTimeout=" + Seconds(t.ConnectTimeout),
            "-o", "ServerAliveInterval=" + Seconds(t.ServerAliveInterval),
            "-o", "ServerAliveCountMax=" + t.ServerAliveCountMax.ToString(CultureInfo.InvariantCulture)]);
        if (t.Multiplex)
            argv.AddRange(["-o", "ControlMaster=auto", "-o", "ControlPath=" + _controlDirectory!.Value.ControlPath,
                "-o", "ControlPersist=" + Seconds(t.ControlPersist)]);
        else
            argv.AddRange(["-o", "ControlMaster=no", "-o", "ControlPath=none"]);
        if (t.Port is { } port)
            argv.AddRange(["-p", port.ToString(CultureInfo.InvariantCulture)]);
        if (t.User is not null)
            argv.AddRange(["-l", t.User]);
        if (t.IdentityFile is not null)
            argv.AddRange(["-i", t.IdentityFile]);
        if (t.JumpHost is not null)
            argv.AddRange(["-J", t.JumpHost]);
        return argv;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Seconds(TimeSpan span) =>
        Math.Max(1, (int)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static void Validate(SshTarget target)
    {
        Refuse("host", target.Host, required: true);
        Refuse("user", target.User);
        Refuse("jump host", target.JumpHost);
        if (target.Port is < 1 or > 65535)
            throw new TransportException(TransportFailure.InvalidRequest, "ssh " + target.Host, $"ssh port {target.Port} is not between 1 and 65535");
        foreach (var option in target.ExtraOptions)
        {
            if (string.IsNullOrWhiteSpace(option) || option.StartsWith('-') || option.Any(char.IsControl))
                throw new TransportException(TransportFailure.InvalidRequest, "ssh " + target.Host,
                    $"ssh option \"{option}\" must be Keyword=value (it is passed as -o Keyword=value)");
        }
    }

    private static void Refuse(string what, string? value, bool required = false)
    {
        if (value is null && !required)
            return;
        if (string.IsNullOrEmpty(value))
            throw new TransportException(TransportFailure.InvalidRequest, "ssh", $"ssh {what} is empty");
        if (value.StartsWith('-'))
            throw new TransportException(TransportFailure.InvalidRequest, "ssh " + value,
                $"ssh {what} \"{value}\" starts with '-': ssh would read it as an option, so it is refused");
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            throw new TransportException(TransportFailure.InvalidRequest, "ssh " + value,
                $"ssh {what} \"{value}\" contains whitespace or control characters");
    }
}
