using CrmTui.Commands.Audit;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Watch;
using CrmTui.Transport;
using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.App;

/// <summary>What the CLI hands the dashboard: where commands run, executor policy, audit log, keys and theme.</summary>
public sealed record DashboardOptions(
    ICommandRunner Runner,
    ExecutorSettings Executor,
    IAuditLog Audit,
    TimeSpan PollInterval,
    KeyMap Keys,
    Theme? Theme = null,
    string? ReadOnlyReason = null)
{
    /// <summary>Environment lookup for colour and locale detection (injected so tests need not touch the process).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>How the cluster is watched for changes; null: the defaults, probing every <see cref="PollInterval"/>
    /// when the runner cannot stream (config: <c>refresh_interval</c> → ProbeInterval, <c>safety_interval</c> → SafetyRefresh).</summary>
    public WatchOptions? Watch { get; init; }
}
