using System.Collections.Immutable;

namespace CrmTui.Core.Timeline;

/// <summary>
/// The last <see cref="Capacity"/> timeline records in memory, oldest first: a dashboard left
/// running for weeks keeps a bounded amount. Thread-safe; <see cref="Entries"/> is a snapshot.
/// </summary>
public sealed class EventTimeline
{
    public const int DefaultCapacity = 2000;
    private readonly object _gate = new();
    private readonly Queue<TimelineRecord> _records = new();
    private long _dropped;

    public EventTimeline(int capacity = DefaultCapacity)
    {
        if (capacity < 1)
            throw new ArgumentOutOfRangeException(nameof(capacity), "a timeline keeps at least one record");
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>How many old records were dropped to stay within <see cref="Capacity"/>.</summary>
    public long Dropped
    {
        get { lock (_gate) return _dropped; }
    }

    public int Count
    {
        get { lock (_gate) return _records.Count; }
    }

    public ImmutableArray<TimelineRecord> Entries
    {
        get { lock (_gate) return [.. _records]; }
    }

    public void Add(IEnumerable<TimelineRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        lock (_gate)
        {
            foreach (var record in records)
            {
                _records.Enqueue(record);
                if (_records.Count > Capacity)
                {
                    _records.Dequeue();
                    _dropped++;
                }
            }
        }
    }
}
