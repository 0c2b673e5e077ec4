using CrmTui.Core.Model;
using CrmTui.Core.Parsing;

namespace CrmTui.Core.Recording;

/// <summary>
/// The recorder's filter: passes a snapshot on to the sink only when it differs from the last one
/// passed (compared by <see cref="SnapshotChangeKey"/>, so a fetch that only moved crm_mon's clock
/// is not stored). Refusals (crm_mon's "not connected" answers) are not snapshots of the cluster
/// and are never stored. Not thread-safe: one watcher feeds it.
/// </summary>
public sealed class DistinctSnapshots(Action<RecordedSnapshot> sink)
{
    private string? _lastKey;

    public int Stored { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>The last snapshot stored (what the next one is compared with), if any.</summary>
    public ClusterSnapshot? Last { get; private set; }

    /// <returns>True when the snapshot was new and stored.</returns>
    public bool Observe(ClusterSnapshot snapshot, DateTimeOffset at, string host)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.IsRefusal)
            return false;
        var key = SnapshotChangeKey.Of(snapshot);
        if (key == _lastKey)
        {
            Unchanged++;
            return false;
        }
        sink(new RecordedSnapshot(at, host, CrmMonXmlWriter.Write(snapshot)));
        _lastKey = key;
        Last = snapshot;
        Stored++;
        return true;
    }
}
