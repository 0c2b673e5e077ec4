using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Commands;
using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Core.Model;
using CrmTui.Tui.Presentation;

namespace CrmTui.Tui.App;

/// <summary>
/// What a cleanup (or refresh) covers, said before it runs — which failures, on which nodes, and
/// whether it spills over to the whole group/clone/bundle — and, after it ran, what the next
/// snapshot (the re-probe) found: <see cref="Receipt"/>. <see cref="Subject"/> names the action
/// ("cleanup of web on n2"), <see cref="Text"/> adds the scope. <see cref="Resource"/> null means every
/// resource (<c>crm_resource --cleanup</c> with no filter).
/// </summary>
public sealed record CleanupScope(ClusterAction Action, string? Resource, string? Node, ImmutableArray<FailedAction> Before, string Subject, string Text)
{
    private const int NamesShown = 3;

    public static CleanupScope? For(ClusterAction action, ClusterSnapshot snapshot) => action switch
    {
        CleanupFailure f => Build(action, f.Resource, f.Node, snapshot, $"cleanup of the failed {Operation(f.Operation, f.IntervalMs)} of {f.Resource} on {f.Node}"),
        CleanupResource r => Build(action, r.Resource, r.Node, snapshot, $"cleanup of {r.Resource}{On(r.Node)}"),
        RefreshResource r => Build(action, r.Resource, r.Node, snapshot, $"refresh of {r.Resource}{On(r.Node)}"),
        CleanupAll => Build(action, null, null, snapshot, "cleanup of every resource"),
        _ => null,
    };

    /// <summary>The failures of <paramref name="snapshot"/> this action clears.</summary>
    public ImmutableArray<FailedAction> Matching(ClusterSnapshot snapshot)
    {
        var scope = Resource is null ? null : ResourceScope.For(snapshot, Resource);
        return [.. snapshot.Failures.Where(f => (scope is null || scope.Covers(f.Resource)) && (Node is null || f.Node == Node))];
    }

    /// <summary>After the action succeeded: what the first snapshot since then shows.</summary>
    public string Receipt(ClusterSnapshot next)
    {
        var left = Matching(next);
        var parts = new List<string>();
        var cleared = Before.Count(b => !left.Any(l => FailureRows.IdOf(l) == FailureRows.IdOf(b)));
        parts.Add(Before.IsEmpty ? "no failures were listed" : $"{cleared} of {Count(Before.Length, "failure")} cleared");
        foreach (var failure in left)
        {
            var old = Before.FirstOrDefault(b => FailureRows.IdOf(b) == FailureRows.IdOf(failure));
            var again = old is null || failure.LastRcChange?.Value > old.LastRcChange?.Value;
            parts.Add($"{(again ? "failed again" : "still listed")}: {failure.Resource} {failure.Task} on {failure.Node} '{failure.ExitStatus}'");
        }
        if (Resource is not null)
        {
            parts.Add("now " + States(ResourceScope.For(next, Resource)));
        }
        return $"re-probe after the {Subject}: {string.Join("; ", parts)}";
    }

    private static CleanupScope Build(ClusterAction action, string? resource, string? node, ClusterSnapshot snapshot, string subject)
    {
        var draft = new CleanupScope(action, resource, node, [], subject, subject);
        var failures = draft.Matching(snapshot);
        var nodes = failures.Select(f => f.Node).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // The collective comes first: on a narrow screen the end of the line is cut.
        var whole = resource is not null && ResourceScope.For(snapshot, resource) is { CollectiveText: { } collective }
            ? $" (whole {collective})"
            : "";
        var text = failures.IsEmpty
            ? $"{subject}{whole}: no failures listed, history cleared and re-probed"
            : $"{subject}{whole}: clears {Count(failures.Length, "failure")} ({Names(failures.Select(f => $"{f.Resource} {f.Task}"))}) on {Names(nodes)}";
        return draft with { Before = failures, Text = text };
    }

    private static string States(ResourceScope scope)
    {
        if (scope.Primitives.IsEmpty)
        {
            return $"{scope.Resource} is not in the status";
        }
        var states = scope.Primitives
            .Select(p => p.Resource)
            .Select(p => p.Failed ? $"{p.Id} FAILED{On(p.NodeName)}" : p.Active ? $"{p.Id} {(p.RoleText.Length > 0 ? p.RoleText : "Started")}{On(p.NodeName)}" : $"{p.Id} Stopped")
            .Distinct(StringComparer.Ordinal);
        return Names(states);
    }

    private static string Names(IEnumerable<string> names)
    {
        var list = names.Distinct(StringComparer.Ordinal).ToList();
        return list.Count <= NamesShown ? string.Join(", ", list) : $"{string.Join(", ", list.Take(NamesShown))} +{list.Count - NamesShown} more";
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static string On(string? node) => node is null ? "" : $" on {node}";

    private static string Operation(string operation, long intervalMs) => intervalMs switch
    {
        0 => operation,
        _ when intervalMs % 1000 == 0 => $"{(intervalMs / 1000).ToString(CultureInfo.InvariantCulture)}s {operation}",
        _ => $"{intervalMs.ToString(CultureInfo.InvariantCulture)}ms {operation}",
    };
}
