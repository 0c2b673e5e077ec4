using System.Collections.Immutable;
using System.Diagnostics;

namespace CrmTui.Integration.Tests.ThreeNode;

/// <summary>
/// Things that arrive over time on another thread (the watcher's updates, the dashboard's frames),
/// each kept with its arrival time in seconds since this log began, and a bounded wait for the first
/// one at or after a given time that satisfies a condition: it returns as soon as that one arrives
/// (or at once if it already has), so a test learns what it waited for and when.
/// </summary>
internal sealed class Arrivals<T>(Func<T, double> at)
    where T : class
{
    private readonly object _gate = new();
    private readonly List<T> _items = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TaskCompletionSource _added = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Seconds since this log began: the time base of the items.</summary>
    public double Now => _clock.Elapsed.TotalSeconds;

    public ImmutableArray<T> Items
    {
        get { lock (_gate) return [.. _items]; }
    }

    public T? Last
    {
        get { lock (_gate) return _items.Count == 0 ? null : _items[^1]; }
    }

    /// <summary>Keeps the item, unless <paramref name="repeats"/> says it repeats the last one.</summary>
    public void Add(T item, Func<T, T, bool>? repeats = null)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            if (repeats is not null && _items.Count > 0 && repeats(_items[^1], item))
                return;
            _items.Add(item);
            done = _added;
            _added = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.TrySetResult();
    }

    /// <summary>The first item at or after <paramref name="since"/> that satisfies
    /// <paramref name="condition"/>. Fails the test with <paramref name="timedOut"/>'s text when none
    /// arrives within <paramref name="timeout"/>, or at once with <paramref name="stopped"/>'s when
    /// it says the source has ended.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> condition, double since, TimeSpan timeout, Func<string> timedOut, Func<string?>? stopped = null)
    {
        var deadline = Now + timeout.TotalSeconds;
        while (true)
        {
            Task next;
            lock (_gate)
            {
                var hit = _items.FirstOrDefault(i => at(i) >= since && condition(i));
                if (hit is not null)
                    return hit;
                next = _added.Task;
            }
            if (stopped?.Invoke() is { } why)
                Assert.Fail(why);
            var left = deadline - Now;
            if (left <= 0)
                Assert.Fail(timedOut());
            await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(Math.Min(left, 1))));
        }
    }
}
