using CrmTui.Commands;
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

    /// <summary>The symbol set; null: from the locale (config <c>glyphs = "auto"</c>).</summary>
    public Glyphs? Glyphs { get; init; }

    /// <summary>The lowest danger that asks before it runs; null: nothing asks (config <c>confirm</c>).</summary>
    public Danger? ConfirmFrom { get; init; } = Danger.Disruptive;

    /// <summary>A line for the status bar when the dashboard opens (e.g. which configured cluster it shows).</summary>
    public string? Notice { get; init; }

    /// <summary>Also gets every full fetch the dashboard's watcher makes, on the watcher's thread
    /// (<c>crmtui --record FILE</c> keeps the distinct snapshots); null: nothing else does.</summary>
    public Action<WatchUpdate>? Tap { get; init; }
}
