using System.Threading.Channels;
using CrmTui.Commands.Status;
using CrmTui.Commands.Watch;
using CrmTui.Core.Model;
using CrmTui.Core.Timeline;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary><c>events --follow</c>: a cluster watcher whose snapshots go through a
/// <see cref="SnapshotTimeline"/>; new events are printed as they come, fetch errors once each
/// time they change.</summary>
internal static class EventFollower
{
    public static async Task<int> RunAsync(ICommandRunner runner, StatusRequest request, ClusterSnapshot first, string cluster,
        EventPrinter printer, TextWriter stderr, TimeProvider time, CancellationToken cancellationToken)
    {
        var timeline = new SnapshotTimeline(cluster);
        timeline.Observe(first, time.GetUtcNow());
        var updates = Channel.CreateUnbounded<WatchUpdate>(new UnboundedChannelOptions { SingleReader = true });
        var command = StatusFetcher.CommandFor(request);
        var options = new WatchOptions { Environment = command.Environment };
        try
        {
            await using var watcher = new ClusterWatcher(runner, ct => FetchAsync(runner, command, ct), u => updates.Writer.TryWrite(u), options, time).Start();
            string? lastError = null;
            await foreach (var update in updates.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (update.Status is { Succeeded: true, Snapshot: { } snapshot })
                {
                    lastError = null;
                    await printer.PrintAsync(timeline.Observe(snapshot, update.At), cancellationToken).ConfigureAwait(false);
                }
                else if (update.Status.Error != lastError)
                {
                    lastError = update.Status.Error;
                    await stderr.WriteLineAsync($"{update.At.UtcDateTime:HH:mm:ss}Z error: {lastError}").ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (runner is IAsyncDisposable disposable)
                await disposable.DisposeAsync().ConfigureAwait(false);
        }
        return StatusExitCode.Ok;
    }

    internal static async Task<StatusResult> FetchAsync(ICommandRunner runner, CommandLine command, CancellationToken cancellationToken)
    {
        try
        {
            return ClusterStatusQuery.Interpret(await runner.RunAsync(command, cancellationToken).ConfigureAwait(false), runner.Target);
        }
        catch (TransportException e)
        {
            return new StatusResult(StatusKind.Unreachable, null, e.Message, e.Target, TimeSpan.Zero, TransportFailure: e.Failure);
        }
    }
}
