using System.Globalization;
using System.Threading.Channels;
using CrmTui.Commands.Watch;
using CrmTui.Core.Diff;
using CrmTui.Core.Recording;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// <c>crmtui record</c>'s loop: a <see cref="ClusterWatcher"/> (the dashboard's live updates)
/// whose good snapshots go through <see cref="WatchRecording"/> (as the dashboard's <c>--record</c>) into the recording; one line
/// per stored snapshot on stdout, fetch errors on stderr once each time they change. Runs until
/// cancelled (Ctrl-C, SIGTERM).
/// </summary>
internal static class Recorder
{
    public static async Task<(int Stored, int Unchanged, string? LastError)> RunAsync(ICommandRunner runner, CommandLine command,
        RecordingWriter writer, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        var recording = new WatchRecording(writer);
        var updates = Channel.CreateUnbounded<WatchUpdate>(new UnboundedChannelOptions { SingleReader = true });
        var options = new WatchOptions { Environment = command.Environment };
        string? lastError = null;
        try
        {
            await using var watcher = new ClusterWatcher(runner, ct => EventFollower.FetchAsync(runner, command, ct), u => updates.Writer.TryWrite(u), options, time).Start();
            await foreach (var update in updates.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (update.Status is { Succeeded: true, Snapshot: { } snapshot })
                {
                    lastError = null;
                    var previous = recording.Last;
                    if (recording.Observe(update))
                        await output.WriteLineAsync(Line(writer.Count, update, previous is null ? null : SnapshotDiffer.Diff(previous, snapshot, update.At))).ConfigureAwait(false);
                }
                else if (update.Status.Error != lastError)
                {
                    lastError = update.Status.Error;
                    await error.WriteLineAsync($"{update.At.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}Z error: {lastError}").ConfigureAwait(false);
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
        return (recording.Stored, recording.Unchanged, lastError);
    }

    // "14:02:11Z  #3  node1  node1: online → standby (+1 more)"
    private static string Line(int number, WatchUpdate update, IReadOnlyList<ClusterEvent>? events)
    {
        var what = events is null ? "first snapshot"
            : events.Count == 0 ? "changed (no event the differ names)"
            : events[0].Describe() + (events.Count > 1 ? $" (+{events.Count - 1} more)" : "");
        return string.Create(CultureInfo.InvariantCulture, $"{update.At.UtcDateTime:HH:mm:ss}Z  #{number}  {update.Status.Host}  {what}");
    }
}
