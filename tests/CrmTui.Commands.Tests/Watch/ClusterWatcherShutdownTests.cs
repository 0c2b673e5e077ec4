using System.Diagnostics;
using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Commands.Tests.Watch;

/// <summary>
/// Disposing the watcher is on the dashboard's way out: it must end within
/// <see cref="WatchOptions.StopTimeout"/> even when a fetch or the stream ignores cancellation,
/// and say what it left running.
/// </summary>
public sealed class ClusterWatcherShutdownTests
{
    // Generous against a loaded machine; the bound under test is a fraction of it.
    private static readonly TimeSpan s_slack = TimeSpan.FromSeconds(3);

    private static WatchOptions Options(WatchMode mode) =>
        WatchHarness.Fast(mode) with { StopTimeout = TimeSpan.FromMilliseconds(300) };

    [Fact]
    public async Task A_fetch_stuck_mid_flight_that_ignores_cancellation_does_not_hold_up_dispose()
    {
        // Given a watcher whose first crm_mon never returns and ignores its token
        var inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<StatusResult>();
        var watcher = new ClusterWatcher(new RecordingRunner(), _ =>
        {
            inFlight.TrySetResult();
            return never.Task;
        }, _ => { }, Options(WatchMode.Poll)).Start();
        await inFlight.Task.WaitAsync(WatchHarness.Patience);

        // When it is disposed, then it stops waiting at its bound and names the fetch as left running
        await AssertDisposeStopsAtItsBoundAsync(watcher, "fetch");
    }

    [Fact]
    public async Task A_stream_that_never_ends_and_ignores_cancellation_does_not_hold_up_dispose()
    {
        // Given a watcher whose live stream never ends, whatever its token says
        var runner = new DeafStreamRunner();
        var watcher = new ClusterWatcher(runner, _ => Task.FromResult(new StatusResult(StatusKind.Unreachable, null, "not here", "deaf", TimeSpan.Zero)),
            _ => { }, Options(WatchMode.Stream)).Start();
        await runner.Started.WaitAsync(WatchHarness.Patience);

        // When it is disposed, then it stops waiting at its bound and names the stream
        await AssertDisposeStopsAtItsBoundAsync(watcher, "stream");
    }

    [Fact]
    public async Task A_fetch_that_honours_cancellation_ends_with_the_watcher_and_nothing_is_left()
    {
        // Given a crm_mon in flight that ends when cancelled (what the real runners do: kill its process group)
        var inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new ClusterWatcher(new RecordingRunner(), async ct =>
        {
            inFlight.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        }, _ => { }, Options(WatchMode.Probe)).Start();
        await inFlight.Task.WaitAsync(WatchHarness.Patience);

        // When it is disposed
        await watcher.DisposeAsync();

        // Then nothing was left running
        Assert.Empty(watcher.Unfinished);
    }

    // Disposes the watcher: it must stop waiting within its StopTimeout (300 ms here) and name what it left running.
    private static async Task AssertDisposeStopsAtItsBoundAsync(ClusterWatcher watcher, string leftRunning)
    {
        var clock = Stopwatch.StartNew();
        await watcher.DisposeAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(300) + s_slack, $"dispose took {clock.Elapsed}");
        Assert.Equal([leftRunning], watcher.Unfinished);
    }

    /// <summary>A runner whose stream starts and then never ends, ignoring cancellation.</summary>
    private sealed class DeafStreamRunner : ICommandRunner, ICommandStreamer
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Target => "deaf";

        public Task Started => _started.Task;

        public string Format(CommandLine command) => PosixArgvFormat.Format(command);

        public Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CommandResult(0, "", "", TimeSpan.Zero));

        public Task<CommandResult> StreamAsync(CommandLine command, Action<string> onLine, CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            return new TaskCompletionSource<CommandResult>().Task;
        }
    }
}
