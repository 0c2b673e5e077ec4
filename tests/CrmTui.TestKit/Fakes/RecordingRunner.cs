using System.Collections.Immutable;
using CrmTui.Transport;

namespace CrmTui.TestKit.Fakes;

/// <summary>
/// A scripted <see cref="ICommandRunner"/> that runs nothing: it records every call and answers
/// from rules. Thread-safe (the poller and actions call it in parallel).
/// <code>
/// var runner = new RecordingRunner()
///     .WhenProgram("crm_mon", stdout: xml)                       // every crm_mon call
///     .When(c => c.Argv.Contains("--cleanup"), exitCode: 1, stderr: "no such resource", times: 1)   // newest wins
///     .Throws(c => c.Program == "stonith_admin", TransportFailure.Timeout);
/// await runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml"));
/// Assert.Equal(["crm_mon", "--output-as=xml"], runner.Argvs[0]);
/// </code>
/// The newest matching rule answers, so a test can set up a healthy host and later script its
/// failure on top (<c>runner.Throws(…)</c> overrides an earlier <c>WhenProgram</c>). A rule given
/// <c>times</c> answers that many calls and is then used up, uncovering the older rules again:
/// <c>.WhenProgram("crm_mon", stdout: ok).WhenProgram("crm_mon", exitCode: 102, times: 1)</c>
/// fails once, then succeeds. A call no rule matches gets <see cref="Default"/> (exit 0, empty
/// output unless changed).
/// </summary>
public sealed class RecordingRunner : ICommandRunner
{
    private readonly object _gate = new();
    private readonly List<CommandLine> _calls = [];
    private readonly List<Rule> _rules = [];

    public RecordingRunner(string target = "recording") => Target = target;

    /// <inheritdoc/>
    public string Target { get; }

    /// <summary>The answer for a call no rule matches. Exit 0 and no output by default.</summary>
    public CommandResult Default { get; set; } = Success();

    /// <summary>Every call so far, in order (a snapshot; safe to enumerate while calls continue).</summary>
    public IReadOnlyList<CommandLine> Calls
    {
        get { lock (_gate) return [.. _calls]; }
    }

    /// <summary>
    /// The argv of every call so far as plain arrays, for <c>Assert.Equal(["crm_mon", "-1"], runner.Argvs[0])</c>.
    /// (Comparing an <see cref="ImmutableArray{T}"/> with <c>Assert.Equal</c> against a collection
    /// expression compares array references and fails; use these arrays or <c>Assert.Equal&lt;string&gt;</c>.)
    /// </summary>
    public IReadOnlyList<string[]> Argvs => Calls.Select(c => c.Argv.ToArray()).ToList();

    /// <summary>The calls whose program is <paramref name="program"/>.</summary>
    public IReadOnlyList<CommandLine> CallsTo(string program) =>
        Calls.Where(c => c.Program == program).ToList();

    /// <summary>Forgets the recorded calls; the rules stay.</summary>
    public void ClearCalls()
    {
        lock (_gate) _calls.Clear();
    }

    /// <summary>Answers matching calls with a fixed result.</summary>
    public RecordingRunner When(
        Func<CommandLine, bool> match, int exitCode = 0, string stdout = "", string stderr = "", int? times = null) =>
        Respond(match, _ => new CommandResult(exitCode, stdout, stderr, TimeSpan.Zero), times);

    /// <summary>Answers calls whose argv[0] is <paramref name="program"/> with a fixed result.</summary>
    public RecordingRunner WhenProgram(
        string program, int exitCode = 0, string stdout = "", string stderr = "", int? times = null) =>
        When(c => c.Program == program, exitCode, stdout, stderr, times);

    /// <summary>Answers calls whose argv equals <paramref name="argv"/> exactly.</summary>
    public RecordingRunner WhenArgv(
        IReadOnlyList<string> argv, int exitCode = 0, string stdout = "", string stderr = "", int? times = null) =>
        When(c => c.Argv.SequenceEqual(argv), exitCode, stdout, stderr, times);

    /// <summary>Answers matching calls by computing a result from the call.</summary>
    public RecordingRunner Respond(Func<CommandLine, bool> match, Func<CommandLine, CommandResult> respond, int? times = null) =>
        RespondAsync(match, (c, _) => Task.FromResult(respond(c)), times);

    /// <summary>
    /// Answers matching calls asynchronously: for a call that hangs until cancelled
    /// (<c>Task.Delay(Timeout.Infinite, ct)</c>) or one that must wait for a signal from the test.
    /// </summary>
    public RecordingRunner RespondAsync(
        Func<CommandLine, bool> match, Func<CommandLine, CancellationToken, Task<CommandResult>> respond, int? times = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(respond);
        if (times is <= 0)
            throw new ArgumentOutOfRangeException(nameof(times), "times must be positive when given");
        lock (_gate) _rules.Add(new Rule(match, respond, times));
        return this;
    }

    /// <summary>Makes matching calls throw <see cref="TransportException"/> with <paramref name="failure"/>.</summary>
    public RecordingRunner Throws(
        Func<CommandLine, bool> match, TransportFailure failure, string? message = null, int? times = null) =>
        RespondAsync(
            match,
            (c, _) => Task.FromException<CommandResult>(
                new TransportException(failure, Target, message ?? $"{Target}: scripted {failure} for {c.Program}")),
            times);

    /// <summary>Plain POSIX quoting, like the local runner, so dry-run tests read naturally.</summary>
    public string Format(CommandLine command) => PosixArgvFormat.Format(command);

    public async Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        cancellationToken.ThrowIfCancellationRequested();
        Func<CommandLine, CancellationToken, Task<CommandResult>>? respond = null;
        lock (_gate)
        {
            _calls.Add(command);
            for (var i = _rules.Count - 1; i >= 0; i--)
            {
                var rule = _rules[i];
                if (!rule.Match(command))
                    continue;
                respond = rule.Respond;
                if (rule.Remaining is { } left)
                {
                    if (left <= 1)
                        _rules.RemoveAt(i);
                    else
                        _rules[i] = rule with { Remaining = left - 1 };
                }
                break;
            }
        }
        return respond is null ? Default : await respond(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A successful result with the given output.</summary>
    public static CommandResult Success(string stdout = "") => new(0, stdout, "", TimeSpan.Zero);

    private sealed record Rule(
        Func<CommandLine, bool> Match,
        Func<CommandLine, CancellationToken, Task<CommandResult>> Respond,
        int? Remaining);
}
