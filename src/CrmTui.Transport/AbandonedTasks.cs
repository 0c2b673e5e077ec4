namespace CrmTui.Transport;

/// <summary>Tasks the transport stops waiting for (reads left running after a kill, an exchange
/// that timed out): they end when the last holder of their pipe closes it, and their faults are
/// observed so they are never reported as unobserved.</summary>
internal static class AbandonedTasks
{
    public static void Abandon(params Task[] tasks)
    {
        foreach (var task in tasks)
            _ = task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }
}
