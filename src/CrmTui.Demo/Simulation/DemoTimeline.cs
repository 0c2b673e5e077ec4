namespace CrmTui.Demo.Simulation;

/// <summary>
/// Changes scheduled on the simulation's clock: a fenced node's rejoin, a scenario's next
/// failure. Nothing runs on a timer: the simulation takes what is due whenever it is asked for
/// the cluster's state, so an injected clock drives it completely in tests.
/// </summary>
public sealed class DemoTimeline
{
    private readonly object _gate = new();
    private readonly List<Entry> _entries = [];

    public void Schedule(DateTimeOffset due, SimulatedChange change, TimeSpan? every = null)
    {
        if (every is { } period && period <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(every), "a repeating change needs a positive period");
        lock (_gate)
        {
            _entries.Add(new Entry(due, change, every));
        }
    }

    /// <summary>What is waiting, earliest first (for tests and the recorder).</summary>
    public IReadOnlyList<(DateTimeOffset Due, SimulatedChange Change)> Pending
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.OrderBy(e => e.Due).Select(e => (e.Due, e.Change))];
            }
        }
    }

    /// <summary>Removes and returns the changes due at <paramref name="now"/>, earliest first;
    /// a repeating change is scheduled again one period after it was due.</summary>
    public IReadOnlyList<SimulatedChange> TakeDue(DateTimeOffset now)
    {
        lock (_gate)
        {
            var due = _entries.Where(e => e.Due <= now).OrderBy(e => e.Due).ToList();
            foreach (var entry in due)
            {
                _entries.Remove(entry);
                if (entry.Every is { } period)
                {
                    var next = entry.Due + period;
                    while (next <= now)
                        next += period;
                    _entries.Add(entry with { Due = next });
                }
            }
            return [.. due.Select(e => e.Change)];
        }
    }

    private sealed record Entry(DateTimeOffset Due, SimulatedChange Change, TimeSpan? Every);
}
