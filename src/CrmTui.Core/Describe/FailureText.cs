using System.Globalization;
using CrmTui.Core.Model;

namespace CrmTui.Core.Describe;

/// <summary>
/// A failed action as one sentence, as crm_mon 2.1.5 says it:
/// <c>rsc 10s-interval monitor on node1 returned 'not running' at Thu Aug  9 18:55:40 2018 after 20ms</c>,
/// or <c>rsc start on node2 could not be executed (Timed Out: reason)</c> when the agent did not complete.
/// </summary>
public static class FailureText
{
    public static string Sentence(FailedAction failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var (resource, task, interval) = SplitKey(failure.Key);
        var text = new System.Text.StringBuilder();
        text.Append(resource).Append(' ');
        if (interval > 0)
        {
            text.Append(IntervalText.Of(interval)).Append("-interval ");
        }

        text.Append(TaskWord(task, interval)).Append(" on ").Append(failure.Node);
        var reason = failure.ExitReason is "none" ? "" : failure.ExitReason;
        if (failure.Status == "complete")
        {
            text.Append(" returned '").Append(failure.ExitStatus).Append('\'');
            if (reason.Length > 0)
            {
                text.Append(" (").Append(reason).Append(')');
            }
        }
        else
        {
            text.Append(" could not be executed (").Append(failure.Status);
            if (reason.Length > 0)
            {
                text.Append(": ").Append(reason);
            }

            text.Append(')');
        }

        if (failure.LastRcChange is { Value: { } when })
        {
            text.Append(" at ").Append(Ctime(when));
        }

        if (failure.Exec is { Milliseconds: > 0 and var exec })
        {
            text.Append(" after ").Append(IntervalText.Of(exec));
        }

        return text.ToString();
    }

    /// <summary>The word crm_mon uses for an operation: a monitor with interval 0 is a <c>probe</c>.</summary>
    public static string TaskWord(string task, long intervalMs) =>
        task switch
        {
            "monitor" when intervalMs == 0 => "probe",
            _ => task,
        };

    /// <summary>Splits <c>rsc_task_interval</c>; the resource id may itself contain underscores.</summary>
    public static (string Resource, string Task, long IntervalMs) SplitKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var last = key.LastIndexOf('_');
        if (last <= 0 || !long.TryParse(key.AsSpan(last + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var interval))
        {
            return ("unknown resource", "unknown action", 0);
        }

        var head = key[..last];

        // Two-word tasks first: "rsc_migrate_to_0" must not become resource "rsc_migrate".
        foreach (var task in TwoWordTasks)
        {
            if (head.EndsWith("_" + task, StringComparison.Ordinal) && head.Length > task.Length + 1)
            {
                return (head[..^(task.Length + 1)], task, interval);
            }
        }

        var split = head.LastIndexOf('_');
        return split <= 0 ? ("unknown resource", "unknown action", 0) : (head[..split], head[(split + 1)..], interval);
    }

    /// <summary>C <c>ctime</c>-style text, in UTC: <c>Thu Aug  9 18:55:40 2018</c>.</summary>
    public static string Ctime(DateTimeOffset when)
    {
        var utc = when.ToUniversalTime();
        return utc.ToString("ddd MMM ", CultureInfo.InvariantCulture)
            + utc.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2)
            + utc.ToString(" HH:mm:ss yyyy", CultureInfo.InvariantCulture);
    }

    private static readonly string[] TwoWordTasks = ["migrate_to", "migrate_from", "notify_pre", "notify_post"];
}
