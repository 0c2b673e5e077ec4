using CrmTui.Core.Model;

namespace CrmTui.Core.Diff;

/// <summary>
/// Failed actions and fail-counts. Operation records themselves produce no events: their
/// call ids, times and durations change on every recurring monitor, and what matters (failure,
/// fail-count, role) is reported from the failures list, the fail-counts and the resource tree.
/// </summary>
internal static class HistoryDiff
{
    public static void Compare(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        CompareFailures(previous, next, into);
        CompareFailCounts(previous, next, into);
    }

    private static void CompareFailures(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        // crm_mon omits the failures section when there are none, so absent means empty.
        var before = Index(previous.Failures);
        var after = Index(next.Failures);
        foreach (var (key, failure) in after)
        {
            // A new call with the same operation key and node is the same operation failing again.
            if (!before.TryGetValue(key, out var old) || old.Call != failure.Call)
            {
                into.Add(new FailureAppeared(failure.Resource, failure.Node, TaskOf(failure), failure.Key,
                    failure.ExitStatus, failure.ExitReason, failure.Call));
            }
        }

        foreach (var (key, failure) in before)
        {
            if (!after.ContainsKey(key))
            {
                into.Add(new FailureCleared(failure.Resource, failure.Node, TaskOf(failure), failure.Key));
            }
        }
    }

    private static Dictionary<(string Key, string Node), FailedAction> Index(IEnumerable<FailedAction> failures)
    {
        var index = new Dictionary<(string, string), FailedAction>();
        foreach (var failure in failures)
        {
            index.TryAdd((failure.Key, failure.Node), failure);
        }

        return index;
    }

    // crm_mon 2.1 writes task only on some failures; the key says it otherwise (rsc_monitor_10000).
    private static string TaskOf(FailedAction failure)
    {
        if (failure.Task is { Length: > 0 } task)
        {
            return task;
        }

        var key = failure.Key;
        var resource = failure.Resource;
        if (key.Length > resource.Length + 1 && key.StartsWith(resource + "_", StringComparison.Ordinal))
        {
            var rest = key[(resource.Length + 1)..];
            var underscore = rest.LastIndexOf('_');
            return underscore > 0 ? rest[..underscore] : rest;
        }

        return "operation";
    }

    private static void CompareFailCounts(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        // Only nodes that have a history in both: a node whose history vanished (it went
        // offline) did not have its fail-counts reset.
        var before = FailCounts(previous);
        var after = FailCounts(next);
        foreach (var (node, counts) in after)
        {
            if (!before.TryGetValue(node, out var old))
            {
                continue;
            }

            foreach (var (resource, now) in counts)
            {
                var was = old.GetValueOrDefault(resource);
                Report(resource, node, was, now, into);
            }

            foreach (var (resource, was) in old)
            {
                if (!counts.ContainsKey(resource))
                {
                    Report(resource, node, was, default, into);
                }
            }
        }
    }

    private static void Report(string resource, string node, (int Value, string Text) was, (int Value, string Text) now, List<ClusterEvent> into)
    {
        if (now.Value > was.Value)
        {
            into.Add(new FailCountUp(resource, node, was.Text ?? "0", now.Text));
        }
        else if (now.Value < was.Value)
        {
            into.Add(new FailCountReset(resource, node, was.Text, now.Text ?? "0"));
        }
    }

    private static Dictionary<string, Dictionary<string, (int Value, string Text)>> FailCounts(ClusterSnapshot snapshot)
    {
        var result = new Dictionary<string, Dictionary<string, (int, string)>>(StringComparer.Ordinal);
        foreach (var node in snapshot.NodeHistory)
        {
            if (!result.TryGetValue(node.Node, out var counts))
            {
                counts = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
                result.Add(node.Node, counts);
            }

            foreach (var history in node.Resources)
            {
                if (history.FailCountValue > 0)
                {
                    counts[history.Id] = (history.FailCountValue, history.FailCount!);
                }
            }
        }

        return result;
    }
}
