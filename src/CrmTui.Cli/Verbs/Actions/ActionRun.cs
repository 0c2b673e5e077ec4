using CrmTui.Cli.Output;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Status;
using CrmTui.Core.Model;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary>
/// Runs one action for a verb: opens the target, fetches the status (so an unavailable action
/// is refused with its reason), hands the action to <see cref="ActionExecutor"/> and prints the
/// result. The CLI never builds an argv itself. Read-only and dry runs ask the cluster nothing.
/// </summary>
public static class ActionRun
{
    public static async Task<int> RunAsync(
        ClusterAction action, ActionInvocation invocation, ActionVerbContext context,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var runner = context.OpenRunner(invocation.Target);
        try
        {
            var report = await ReportAsync(action, invocation, context, runner, cancellationToken).ConfigureAwait(false);
            await PrintAsync(report, invocation.Json, stdout, stderr).ConfigureAwait(false);
            return report.ExitCode;
        }
        finally
        {
            if (runner is IAsyncDisposable disposable)
                await disposable.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<ActionReport> ReportAsync(
        ClusterAction action, ActionInvocation invocation, ActionVerbContext context,
        Transport.ICommandRunner runner, CancellationToken cancellationToken)
    {
        var settings = new ExecutorSettings(invocation.Target.Label, invocation.ReadOnly, ConfirmationPolicy.Destructive);
        var executor = new ActionExecutor(runner, settings, context.OpenAuditLog());
        ClusterSnapshot? snapshot = null;
        if (!invocation.ReadOnly && !invocation.DryRun && action.InvalidReason is null)
        {
            var query = new ClusterStatusQuery(runner, new StatusQueryOptions(Timeout: invocation.Target.Timeout));
            var status = await query.QueryAsync(cancellationToken).ConfigureAwait(false);
            if (!status.Succeeded)
                return ActionReport.NoStatus(action, runner.Target, status.Error ?? status.Kind.ToString(), ClusterRunners.FailoverNote(runner));
            snapshot = status.Snapshot;
        }

        var outcome = await executor.RunAsync(action, new ActionRequest(invocation.Yes, invocation.DryRun, snapshot), cancellationToken)
            .ConfigureAwait(false);
        return ActionReport.From(outcome, runner.Target, ClusterRunners.FailoverNote(runner));
    }

    private static async Task PrintAsync(ActionReport report, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (json)
        {
            await stdout.WriteLineAsync(ActionResultView.Json(report)).ConfigureAwait(false);
            return;
        }
        var (line, error) = ActionResultView.Text(report);
        if (line is not null)
            await stdout.WriteLineAsync(line).ConfigureAwait(false);
        if (error is not null)
            await stderr.WriteLineAsync(error).ConfigureAwait(false);
        if (report.Failover is { } note)
            await stderr.WriteLineAsync(note).ConfigureAwait(false);
    }
}
