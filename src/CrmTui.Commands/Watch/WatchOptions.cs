using System.Collections.Immutable;

namespace CrmTui.Commands.Watch;

/// <summary>How a <see cref="ClusterWatcher"/> watches. The defaults are what docs/architecture.md
/// ("Live updates") measured and chose.</summary>
public sealed record WatchOptions
{
    public static readonly WatchOptions Default = new();

    public WatchMode Mode { get; init; } = WatchMode.Auto;

    /// <summary>A full fetch at least this often even when nothing signalled a change (crm_mon's
    /// view can change without a CIB write, e.g. a failure-timeout expiring). Floor 1 s.</summary>
    public TimeSpan SafetyRefresh { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Probe mode: how often the CIB version is read. Poll mode: how often crm_mon runs.</summary>
    public TimeSpan ProbeInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Probe mode: how often the fencer's history is read (fencing attempts are not in the CIB).</summary>
    public TimeSpan FenceProbeInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>After a change signal, wait this long for the rest of the burst (crm_mon prints a
    /// whole screen; a transition writes the CIB several times) so one fetch covers it.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>After a failed fetch, change signals wait this long before the next one (doubling
    /// up to <see cref="MaxBackoff"/>); <see cref="ClusterWatcher.RefreshNow"/> does not wait.</summary>
    public TimeSpan FailureBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one probe command.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long disposing the watcher waits for its fetch, stream and probes to end after
    /// cancelling them (a cancelled command is killed with its process group and ends in
    /// milliseconds); after that it stops waiting, so a call that ignores cancellation cannot
    /// hold up the way out, and says which were still running (<see cref="ClusterWatcher.Unfinished"/>).</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>crm_mon's <c>--fence-history</c> level for the stream (null: crm_mon's default, 1,
    /// which subscribes to the fencer's notifications).</summary>
    public int? FenceHistory { get; init; }

    /// <summary>Extra environment for the probe and stream commands (e.g. <c>CIB_file</c>, which
    /// also rules out the stream in <see cref="WatchMode.Auto"/>).</summary>
    public ImmutableSortedDictionary<string, string> Environment { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
