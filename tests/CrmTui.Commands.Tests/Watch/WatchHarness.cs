using System.Collections.Immutable;
using System.Threading.Channels;
using CrmTui.Commands.Status;
using CrmTui.Commands.Tests.Support;
using CrmTui.Commands.Watch;
using CrmTui.TestKit.Fakes;
using CrmTui.TestKit.Timing;
using CrmTui.Transport;

namespace CrmTui.Commands.Tests.Watch;

/// <summary>
/// A watcher over a scripted runner: the CIB version and fence history the probes see are set by
/// the test, crm_mon answers with a fixture, and every update lands in a channel the test reads
/// with a bounded wait (no fixed sleeps: a wait ends as soon as the expected update arrives).
/// </summary>
internal sealed class WatchHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly Channel<WatchUpdate> _updates = Channel.CreateUnbounded<WatchUpdate>();
    private long _epoch = 10;
    private string _fence = "<list count=\"0\"/>";

    public WatchHarness(WatchOptions options, bool streaming, Func<CancellationToken, Task<StatusResult>>? fetch = null)
    {
        var inner = new RecordingRunner("ssh lab")
            .WhenProgram("crm_mon", stdout: Fixture.Text("crm_mon/one-node-ok.xml"))
            .Respond(c => c.Program == "cibadmin", _ => RecordingRunner.Success($"<cib admin_epoch=\"0\" epoch=\"{Interlocked.Read(ref _epoch)}\" num_updates=\"3\"/>"))
            .Respond(c => c.Program == "stonith_admin", _ => RecordingRunner.Success(Volatile.Read(ref _fence)));
        Recording = inner;
        Streamer = new ScriptedStreamRunner(inner);
        ICommandRunner runner = streaming ? Streamer : inner;
        var query = new ClusterStatusQuery(runner);
        Watcher = new ClusterWatcher(runner, fetch ?? query.QueryAsync, u => _updates.Writer.TryWrite(u), options);
    }

    /// <summary>Where most watcher tests begin: the watcher started, in stream mode its stream up,
    /// and its first update read.</summary>
    public static async Task<WatchHarness> StartedAsync(WatchOptions options, bool streaming)
    {
        var h = new WatchHarness(options, streaming);
        try
        {
            h.Watcher.Start();
            if (streaming && options.Mode == WatchMode.Stream)
                await h.Streamer.StreamStarted;
            await h.NextAsync();
            return h;
        }
        catch
        {
            await h.DisposeAsync();
            throw;
        }
    }

    /// <summary><see cref="StartedAsync"/> in stream mode (<see cref="Fast"/> unless given).</summary>
    public static Task<WatchHarness> StreamingAsync(WatchOptions? options = null) =>
        StartedAsync(options ?? Fast(WatchMode.Stream), streaming: true);

    /// <summary><see cref="StartedAsync"/> in probe mode over a runner that cannot stream.</summary>
    public static Task<WatchHarness> ProbingAsync(WatchOptions? options = null) =>
        StartedAsync(options ?? Fast(WatchMode.Probe), streaming: false);

    public ClusterWatcher Watcher { get; }

    public ScriptedStreamRunner Streamer { get; }

    public RecordingRunner Recording { get; }

    public int CrmMonRuns => Recording.CallsTo("crm_mon").Count;

    public int ProbeRuns => Recording.CallsTo("cibadmin").Count + Recording.CallsTo("stonith_admin").Count;

    public void WriteCib() => Interlocked.Increment(ref _epoch);

    public void RecordFence() => Volatile.Write(ref _fence, "<list count=\"1\"><fence_event target=\"node2\"/></list>");

    public async Task<WatchUpdate> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await _updates.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>True when no update arrives within <paramref name="quiet"/>.</summary>
    public async Task<bool> StaysQuietAsync(TimeSpan quiet)
    {
        using var timeout = new CancellationTokenSource(quiet);
        try
        {
            await _updates.Reader.WaitToReadAsync(timeout.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds, checking as probes run.</summary>
    public static Task<bool> EventuallyAsync(Func<bool> condition) =>
        Eventually.HoldsAsync(condition, Patience, TimeSpan.FromMilliseconds(5));

    public static WatchOptions Fast(WatchMode mode) => new()
    {
        Mode = mode,
        ProbeInterval = TimeSpan.FromMilliseconds(100),
        FenceProbeInterval = TimeSpan.FromMilliseconds(100),
        Debounce = TimeSpan.FromMilliseconds(10),
        SafetyRefresh = TimeSpan.FromMinutes(10),
        Environment = ImmutableSortedDictionary<string, string>.Empty,
    };

    public ValueTask DisposeAsync() => Watcher.DisposeAsync();
}
