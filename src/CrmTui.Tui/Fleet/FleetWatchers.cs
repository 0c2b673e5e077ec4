using System.Collections.Immutable;
using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;
using CrmTui.Tui.App;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// One <see cref="ClusterWatcher"/> per cluster, each with its own tasks, runner and backoff, all
/// posting into the fleet's inbox as <see cref="ClusterMessage"/>s. No watcher waits for another,
/// so a cluster whose ssh hangs or whose crm_mon is slow delays only its own row.
/// </summary>
public sealed class FleetWatchers : IAsyncDisposable
{
    private readonly ImmutableDictionary<string, ClusterWatcher> _watchers;

    private FleetWatchers(ImmutableDictionary<string, ClusterWatcher> watchers) => _watchers = watchers;

    public IReadOnlyDictionary<string, ClusterWatcher> Watchers => _watchers;

    public static FleetWatchers Start(IEnumerable<FleetSource> sources, Action<UiMessage> post, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(post);
        var watchers = ImmutableDictionary.CreateBuilder<string, ClusterWatcher>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var name = source.Name;
            var query = new ClusterStatusQuery(source.Runner);
            watchers.Add(name, new ClusterWatcher(source.Runner, query.QueryAsync, update => post(new ClusterMessage(name, WatchMessages.From(update))), source.Watch, time));
        }
        var fleet = new FleetWatchers(watchers.ToImmutable());
        foreach (var watcher in fleet._watchers.Values)
        {
            watcher.Start();
        }
        return fleet;
    }

    /// <summary>Asks one cluster's watcher for a fetch now (after an action there).</summary>
    public void RefreshNow(string name)
    {
        if (_watchers.TryGetValue(name, out var watcher))
        {
            watcher.RefreshNow();
        }
    }

    /// <summary>Full crm_mon runs so far, over all clusters.</summary>
    public long Fetches => _watchers.Values.Sum(w => w.Fetches);

    /// <summary>Probe commands so far, over all clusters.</summary>
    public long Probes => _watchers.Values.Sum(w => w.Probes);

    // All at once: one cluster slow to stop must not hold up the others' shutdown.
    public async ValueTask DisposeAsync() =>
        await Task.WhenAll(_watchers.Values.Select(w => w.DisposeAsync().AsTask())).ConfigureAwait(false);
}
