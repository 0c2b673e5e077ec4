using System.Diagnostics;
using CrmTui.Commands.Audit;
using CrmTui.Transport;

namespace CrmTui.Commands.Execution;

/// <summary>
/// The only way an action runs. In order: the read-only gate (nothing is even built), the
/// request check, availability on the caller's snapshot, dry run, the confirmation policy, then
/// the runner and one audit line. Never throws for a refused or failed command: every ending
/// is an <see cref="ActionOutcome"/>. Only cancellation propagates.
/// </summary>
public sealed class ActionExecutor
{
    private readonly ICommandRunner _runner;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _time;
    private readonly Func<string> _localUser;

    /// <param name="localUser">Who is acting, for the audit log; defaults to <see cref="Environment.UserName"/>.</param>
    public ActionExecutor(
        ICommandRunner runner, ExecutorSettings settings, IAuditLog audit,
        TimeProvider? time = null, Func<string>? localUser = null)
    {
        _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
        _time = time ?? TimeProvider.System;
        _localUser = localUser ?? (() => Environment.UserName);
    }

    public ExecutorSettings Settings { get; }

    /// <summary>Where commands go: the runner's target.</summary>
    public string Host => _runner.Target;

    /// <summary>True when the policy wants a confirmation for <paramref name="action"/>.</summary>
    public bool NeedsConfirmation(ClusterAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Settings.Confirmation switch
        {
            ConfirmationPolicy.Destructive => action.Danger == Danger.Destructive,
            ConfirmationPolicy.DisruptiveAndDestructive => action.Danger != Danger.Safe,
            _ => false,
        };
    }

    /// <summary>
    /// The command line a confirmation dialog shows: exactly what <see cref="RunAsync"/> would
    /// send. Null when the profile is read-only or the request is invalid (nothing would run).
    /// </summary>
    public string? Preview(ClusterAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Settings.ReadOnly || action.InvalidReason is not null ? null : _runner.Format(action.BuildCommand());
    }

    public async Task<ActionOutcome> RunAsync(
        ClusterAction action, ActionRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        request ??= ActionRequest.Default;

        if (Settings.ReadOnly)
            return ActionOutcome.NotRun(OutcomeKind.RefusedReadOnly, action,
                $"{action.Description}: refused, {Reasons.ReadOnly} ({Settings.ClusterName})");
        if (action.InvalidReason is { } invalid)
            return ActionOutcome.NotRun(OutcomeKind.Invalid, action, $"{action.Description}: {invalid}");
        if (request.Snapshot is { } snapshot && action.DisabledReason(snapshot) is { } disabled)
            return ActionOutcome.NotRun(OutcomeKind.Unavailable, action, $"{action.Description}: not available, {disabled}");

        var command = action.BuildCommand();
        var formatted = _runner.Format(command);
        if (request.DryRun)
            return ActionOutcome.NotRun(OutcomeKind.DryRun, action, formatted, command, formatted);
        if (NeedsConfirmation(action) && !request.Confirmed)
            return ActionOutcome.NotRun(OutcomeKind.NeedsConfirmation, action,
                $"{action.Description}: {action.Danger.ToString().ToLowerInvariant()} action, not confirmed",
                command, formatted);

        return await ExecuteAsync(action, command, formatted, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ActionOutcome> ExecuteAsync(
        ClusterAction action, CommandLine command, string formatted, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        ActionOutcome outcome;
        try
        {
            var result = await _runner.RunAsync(command, cancellationToken).ConfigureAwait(false);
            outcome = FromResult(action, command, formatted, result);
        }
        catch (TransportException e)
        {
            outcome = new ActionOutcome(OutcomeKind.Failed, action, command, formatted, null, "", "",
                clock.Elapsed, $"{action.Description}: could not run on {e.Target}: {e.Message}");
        }

        var auditNote = WriteAudit(action, command, started, outcome);
        return auditNote is null ? outcome : outcome with { Summary = $"{outcome.Summary} ({auditNote})" };
    }

    private static ActionOutcome FromResult(ClusterAction action, CommandLine command, string formatted, CommandResult result)
    {
        // With --output-as=xml the reason for a failure is in <status><errors>, not on stderr;
        // and crm_resource has been seen to exit 0 with an error status there.
        var tool = ToolResult.TryParse(result.Stdout);
        var succeeded = result.ExitCode == 0 && (tool is null || tool.Code == 0);
        var kind = succeeded ? OutcomeKind.Succeeded : OutcomeKind.Failed;
        string summary;
        if (succeeded)
        {
            summary = $"{action.Description}: done";
        }
        else
        {
            var reason = tool is { Code: not 0 } ? tool.Explanation : FirstLine(result.Stderr);
            // crm_resource sometimes sends an empty <error/>; its stderr then has the detail.
            if (tool is { Code: not 0, Errors.IsEmpty: true } && FirstLine(result.Stderr) is { Length: > 0 } detail)
                reason = $"{detail} ({tool.Message})";
            if (string.IsNullOrWhiteSpace(reason))
                reason = tool?.Explanation ?? FirstLine(result.Stdout);
            summary = $"{action.Description}: failed (exit {result.ExitCode})"
                + (string.IsNullOrWhiteSpace(reason) ? "" : $": {reason}");
        }
        return new ActionOutcome(kind, action, command, formatted, result.ExitCode,
            result.Stdout, result.Stderr, result.Duration, summary);
    }

    private string? WriteAudit(ClusterAction action, CommandLine command, DateTimeOffset started, ActionOutcome outcome)
    {
        var error = outcome.Stderr;
        if (string.IsNullOrWhiteSpace(error) && !outcome.Succeeded)
            error = ToolResult.TryParse(outcome.Stdout)?.Explanation ?? outcome.Summary;
        var entry = new AuditEntry(started, _localUser(), Settings.ClusterName, _runner.Target, action.Key,
            action.Target, command.Argv, outcome.ExitCode, outcome.Duration, error ?? "");
        try
        {
            _audit.Append(entry);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The command has already run: report the lost audit line rather than hide the result.
            return $"audit log not written: {e.Message}";
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
