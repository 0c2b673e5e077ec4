using CrmTui.Core.Model;
using CrmTui.Core.Recording;

namespace CrmTui.Commands.Watch;

/// <summary>
/// A <see cref="ClusterWatcher"/>'s good snapshots, kept in a recording when they differ from the
/// last one kept (<see cref="DistinctSnapshots"/> into a <see cref="RecordingWriter"/>): what
/// <c>crmtui record</c> and the dashboard's <c>--record FILE</c> both store. Failed fetches are not
/// snapshots and are skipped. Safe to call from the watcher's thread while another disposes it;
/// after <see cref="Dispose"/> (which writes the gzip trailer) updates are ignored.
/// </summary>
public sealed class WatchRecording(RecordingWriter writer) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly DistinctSnapshots _filter = new(writer.Append);
    private bool _disposed;

    public int Stored
    {
        get { lock (_gate) return _filter.Stored; }
    }

    public int Unchanged
    {
        get { lock (_gate) return _filter.Unchanged; }
    }

    /// <summary>The last snapshot stored, if any.</summary>
    public ClusterSnapshot? Last
    {
        get { lock (_gate) return _filter.Last; }
    }

    /// <returns>True when the update held a snapshot that differed from the last one and was stored.</returns>
    /// <exception cref="IOException">The recording could not be written.</exception>
    public bool Observe(WatchUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Status is not { Succeeded: true, Snapshot: { } snapshot })
            return false;
        lock (_gate)
        {
            return !_disposed && _filter.Observe(snapshot, update.At, update.Status.Host);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            writer.Dispose();
        }
    }
}
