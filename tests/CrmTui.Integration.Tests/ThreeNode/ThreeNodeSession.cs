using System.Collections.Immutable;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands;
using CrmTui.Commands.Audit;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;
using CrmTui.Core.Diff;
using CrmTui.Core.Model;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.ThreeNode;

/// <summary>
/// crmtui's own path into the three-node lab, as the dashboard composes it: a cluster profile
/// with the three hosts over ssh (multiplexed, strict host keys) behind the product's
/// <see cref="FailoverRunner"/> (<see cref="ClusterRunners.Create"/>), the status query, the
/// action executor and the live-update <see cref="ClusterWatcher"/>. Every watcher update is kept
/// with its time, and consecutive snapshots are diffed by <see cref="SnapshotDiffer"/> into the
/// event timeline the dashboard shows.
/// </summary>
internal sealed class ThreeNodeSession : IAsyncDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly string _auditDirectory = Path.Combine(Path.GetTempPath(), "crmtui-it3-" + Guid.NewGuid().ToString("N"));
    private readonly object _gate = new();
    private readonly Arrivals<Observation> _observations = new(o => o.At);
    private readonly List<ClusterEvent> _events = [];
    private readonly List<HostChange> _hostChanges = [];
    private ClusterSnapshot? _previous;
    private ClusterWatcher? _watcher;

    public ThreeNodeSession(ThreeNodeLab lab, ITestOutputHelper output, params LabNode[] hostOrder)
    {
        lab.EnsureUp();
        _output = output;
        Target = LabProfile.Target(lab, hostOrder);
        Runner = (FailoverRunner)ClusterRunners.Create(Target);
        Runner.HostChanged += (_, change) =>
        {
            lock (_gate)
                _hostChanges.Add(change);
            _output.WriteLine($"{Now:0.0}s host change → {change.Current.Target}: {change.Reason}");
        };
        Status = new ClusterStatusQuery(Runner, new StatusQueryOptions(FenceHistory: 3, Timeout: TimeSpan.FromSeconds(10)));
        Directory.CreateDirectory(_auditDirectory);
        Executor = new ActionExecutor(Runner, new ExecutorSettings(lab.ClusterName, Confirmation: ConfirmationPolicy.None),
            new JsonLinesAuditLog(Path.Combine(_auditDirectory, "audit.jsonl")));
    }

    public ClusterTarget Target { get; }
    public FailoverRunner Runner { get; }
    public ClusterStatusQuery Status { get; }
    public ActionExecutor Executor { get; }

    /// <summary>Seconds since this session started (the time base of observations and events).</summary>
    public double Now => _observations.Now;

    public ImmutableArray<ClusterEvent> Events
    {
        get { lock (_gate) return [.. _events]; }
    }

    public ImmutableArray<HostChange> HostChanges
    {
        get { lock (_gate) return [.. _hostChanges]; }
    }

    public ImmutableArray<Observation> Observations => _observations.Items;

    /// <summary>Starts the live-update watcher (as the dashboard does, probing every second).</summary>
    public ThreeNodeSession Watch()
    {
        _watcher = new ClusterWatcher(Runner, Status.QueryAsync, Receive,
            new WatchOptions { ProbeInterval = TimeSpan.FromSeconds(1), FenceHistory = 3 }).Start();
        return this;
    }

    private void Receive(WatchUpdate update)
    {
        var at = Now;
        var snapshot = update.Status.Snapshot;
        lock (_gate)
        {
            if (snapshot is not null && !snapshot.IsRefusal)
            {
                if (_previous is not null)
                {
                    foreach (var e in SnapshotDiffer.Diff(_previous, snapshot, update.At))
                    {
                        _events.Add(e);
                        _output.WriteLine($"{at:0.0}s [{update.Status.Host}] {e.Describe()}");
                    }
                }
                _previous = snapshot;
            }
            else
            {
                _output.WriteLine($"{at:0.0}s [{update.Status.Host}] no snapshot: {update.Status.Error}");
            }
        }
        // After the events: a test that waited for this update finds its events in the timeline.
        _observations.Add(new Observation(at, update.Status.Host, snapshot, update.Status.Succeeded ? null : update.Status.Error));
    }

    /// <summary>Waits for the first watcher update at or after <paramref name="since"/> whose
    /// snapshot satisfies <paramref name="condition"/>; returns it with the time it arrived.</summary>
    public Task<Observation> WaitForAsync(string what, double since, Func<ClusterSnapshot, bool> condition, TimeSpan timeout) =>
        WaitForObservationAsync(what, since, o => o.Snapshot is { IsRefusal: false } s && condition(s), timeout);

    /// <summary>Waits for the first watcher update at or after <paramref name="since"/> that satisfies <paramref name="condition"/>.</summary>
    public Task<Observation> WaitForObservationAsync(string what, double since, Func<Observation, bool> condition, TimeSpan timeout) =>
        _observations.WaitForAsync(condition, since, timeout, () =>
        {
            var last = _observations.Last;
            return $"{what}: not seen within {timeout.TotalSeconds} s (last update at {last?.At:0.0}s from {last?.Host}: {Describe(last?.Snapshot)}{last?.Error})";
        });

    /// <summary>Runs the action through the executor against the current snapshot; asserts it ran as expected.</summary>
    public async Task<ActionOutcome> RunAsync(ClusterAction action, bool expectSuccess = true)
    {
        var before = await SnapshotAsync();
        var outcome = await Executor.RunAsync(action, new ActionRequest(Confirmed: true, Snapshot: before));
        _output.WriteLine($"{Now:0.0}s [{Runner.Target}] {outcome.FormattedCommand ?? "(no command)"} -> {outcome.Summary}");
        if (expectSuccess)
            Assert.True(outcome.Succeeded, outcome.Summary + "\n" + outcome.Stdout + outcome.Stderr);
        return outcome;
    }

    public async Task<ClusterSnapshot> SnapshotAsync()
    {
        var result = await Status.QueryAsync();
        Assert.True(result.Succeeded, result.Error);
        return result.Snapshot!;
    }

    public static string Describe(ClusterSnapshot? s) => s is null ? "no snapshot" :
        "nodes [" + string.Join(", ", s.Nodes.Select(n => $"{n.Name}:{(n.Online ? "online" : "OFFLINE")}{(n.Unclean ? ",UNCLEAN" : "")}{(n.Standby ? ",standby" : "")}{(n.Maintenance ? ",maint" : "")}"))
        + "]; resources [" + string.Join(", ", s.AllPrimitives().Select(p => $"{p.Resource.Id}={p.Resource.RoleText}@{p.Resource.NodeName}"))
        + "]; fencing [" + string.Join(", ", s.FenceHistory.Select(f => $"{f.Action} {f.Target} {f.Status}")) + "]";

    public async ValueTask DisposeAsync()
    {
        if (_watcher is not null)
            await _watcher.DisposeAsync();
        await Runner.DisposeAsync();
        try
        {
            Directory.Delete(_auditDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>One watcher update: when it arrived (seconds into the session), which host answered, what it said.</summary>
    public sealed record Observation(double At, string Host, ClusterSnapshot? Snapshot, string? Error);
}
