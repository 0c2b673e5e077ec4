using System.Collections.Immutable;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Watch;
using CrmTui.Tui.App;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;
using Spectre.Console;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// Composition of the fleet view: one terminal session, one renderer, one watcher and one executor
/// per cluster, the fleet loop. The CLI calls <see cref="RunAsync"/> when several clusters are
/// configured and none was chosen; each cluster comes as the <see cref="DashboardOptions"/> its own
/// dashboard would get (keys, theme and environment are taken from the first). The terminal is
/// restored however this returns or throws.
/// </summary>
public static class FleetHost
{
    public static async Task<int> RunAsync(IReadOnlyList<DashboardOptions> clusters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        if (clusters.Count == 0)
        {
            throw new ArgumentException("a fleet needs at least one cluster", nameof(clusters));
        }
        var first = clusters[0];
        var colors = ColorSystemDetector.Detect(first.Environment);
        var theme = colors == ColorSystem.NoColors ? Theme.Mono : first.Theme ?? Theme.Default;
        var glyphs = Glyphs.ForLocale(first.Environment);
        var context = new FleetContext(first.Keys, glyphs);
        var members = clusters.Select(c => FleetMember.Of(c, glyphs)).ToImmutableArray();

        using var terminal = new AnsiTerminal();
        using var session = TerminalSession.Begin(terminal, new Termios());
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        FleetWatchers? watchers = null;
        var backends = clusters.ToDictionary(c => c.Executor.ClusterName, c => Backend(c, () => watchers), StringComparer.Ordinal);
        var initial = FleetState.Start(members, DateTimeOffset.UtcNow, terminal.Size, m => clusters.First(c => c.Executor.ClusterName == m.Name).Runner.Target);
        var loop = new FleetLoop(terminal, new ScreenRenderer(terminal, theme, new SgrCache(colors)), context, initial, TimeProvider.System, backends);
        var sources = clusters.Select(c => new FleetSource(c.Executor.ClusterName, c.Runner, c.Watch ?? new WatchOptions { ProbeInterval = c.PollInterval }));
        await using (watchers = FleetWatchers.Start(sources, loop.Post))
        {
            await InputReader.RunWithLoopAsync(terminal, loop.Post, loop.RunAsync, stop).ConfigureAwait(false);
        }
        session.Restore();
        return 0;
    }

    private static ClusterBackend Backend(DashboardOptions options, Func<FleetWatchers?> watchers)
    {
        var executor = new ActionExecutor(options.Runner, options.Executor, options.Audit, TimeProvider.System);
        var name = options.Executor.ClusterName;
        return new ClusterBackend(
            (action, confirmed, snapshot, ct) => executor.RunAsync(action, new ActionRequest(confirmed, Snapshot: snapshot), ct),
            () => watchers()?.RefreshNow(name));
    }
}
