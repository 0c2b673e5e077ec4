namespace CrmTui.Transport.Tests.Local;

/// <summary>Whether a process the tests started (a grandchild, a session's loop shell) has ended,
/// read from /proc: a killed process may linger as a zombie until its parent or init reaps it,
/// which counts as ended.</summary>
internal static class ProcessState
{
    public static bool IsGone(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            if (!File.Exists(stat))
                return true;
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>True once <paramref name="pid"/> is gone; false if it still runs after <paramref name="within"/>.</summary>
    public static async Task<bool> WaitGoneAsync(int pid, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!IsGone(pid))
        {
            if (DateTime.UtcNow > deadline)
                return false;
            await Task.Delay(50);
        }
        return true;
    }
}
