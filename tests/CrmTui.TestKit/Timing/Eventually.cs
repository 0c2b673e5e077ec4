namespace CrmTui.TestKit.Timing;

/// <summary>The one bounded wait of the unit tests for something another thread makes true: a
/// watcher's poll, a printed line. Tests wait for the condition, never a fixed delay, so a slow
/// machine makes them slower, not wrong.</summary>
public static class Eventually
{
    /// <summary>True as soon as <paramref name="condition"/> holds; false if it still does not
    /// after <paramref name="within"/>. Checks every <paramref name="step"/> (10 ms by default).</summary>
    public static async Task<bool> HoldsAsync(Func<bool> condition, TimeSpan within, TimeSpan? step = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow > until)
                return false;
            await Task.Delay(step ?? TimeSpan.FromMilliseconds(10)).ConfigureAwait(false);
        }
        return true;
    }
}
