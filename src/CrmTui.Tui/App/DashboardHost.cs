using CrmTui.Commands.Constraints;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;
using Spectre.Console;

namespace CrmTui.Tui.App;

/// <summary>
/// Composition of the real dashboard: terminal session, renderer, cluster watcher, input reader, executor
/// and main loop. The CLI calls <see cref="RunAsync(DashboardOptions, CancellationToken)"/> when
/// <c>crmtui</c> gets no verb. The terminal is restored however this returns or throws (see
/// <see cref="TerminalSession"/>).
/// </summary>
public static class DashboardHost
{
    public static async Task<int> RunAsync(DashboardOptions options, CancellationToken cancellationToken)
    {
        using var terminal = new AnsiTerminal();
        using var session = TerminalSession.Begin(terminal, new Termios());
        await RunAsync(terminal, options, attach: null, cancellationToken).ConfigureAwait(false);
        session.Restore();
        return 0;
    }

    /// <summary>
    /// The dashboard on a terminal that is already set up: everything the command runs except the
    /// console itself, so a headless harness (tests/CrmTui.Integration.Tests) drives the very same
    /// watcher, update loop and renderer. <paramref name="attach"/> sees the main loop before it starts.
    /// </summary>
    public static async Task RunAsync(ITerminal terminal, DashboardOptions options, Action<MainLoop>? attach, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var colors = ColorSystemDetector.Detect(options.Environment);
        var theme = colors == ColorSystem.NoColors ? Theme.Mono : options.Theme ?? Theme.Default;
        var context = new UiContext(options.Keys, options.Glyphs ?? Glyphs.ForLocale(options.Environment),
            options.ReadOnlyReason ?? (options.Executor.ReadOnly ? "read-only mode" : null), options.Executor.ClusterName)
        {
            ConfirmFrom = options.ConfirmFrom,
        };
        var executor = new ActionExecutor(options.Runner, options.Executor, options.Audit, TimeProvider.System);
        var query = new ClusterStatusQuery(options.Runner);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ClusterWatcher? watcher = null;
        var loop = new MainLoop(terminal, new ScreenRenderer(terminal, theme, new SgrCache(colors)), context,
            new UiState
            {
                Host = options.Runner.Target,
                Status = options.Notice is { } notice ? new TextSpan(notice, StyleRole.StatusBar) : (TextSpan?)null,
            }, TimeProvider.System,
            (action, confirmed, snapshot, ct) => executor.RunAsync(action, new ActionRequest(confirmed, Snapshot: snapshot), ct),
            () => watcher?.RefreshNow());
        loop.CrashAfterFrames = TestCrash.AfterFrames(options.Environment);
        loop.Constraints = new ConstraintsQuery(options.Runner).QueryAsync;
        attach?.Invoke(loop);
        // Live updates: a full crm_mon only when the cluster signals a change (docs/architecture.md, "Live updates").
        var tap = options.Tap;
        await using (watcher = new ClusterWatcher(options.Runner, query.QueryAsync, update =>
            {
                tap?.Invoke(update);
                loop.Post(WatchMessages.From(update));
            },
            options.Watch ?? new WatchOptions { ProbeInterval = options.PollInterval }).Start())
        {
            await InputReader.RunWithLoopAsync(terminal, loop.Post, loop.RunAsync, stop).ConfigureAwait(false);
        }
    }
}
