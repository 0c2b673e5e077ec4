using System.Collections.Immutable;
using CrmTui.Core.Health;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// The problems list: every cluster's <c>check</c> findings (warning and worse) plus clusters whose
/// data is missing or stale, each with when the fleet first saw it. Worst first, newest first within
/// a level.
/// </summary>
public static class FleetProblems
{
    public static ImmutableArray<FleetProblem> For(FleetState state) =>
        [.. state.Members.SelectMany(m => Current(state, m))
            .Select(p => new FleetProblem(p.Cluster, p.Level, p.Key, p.What, state.ProblemSince.GetValueOrDefault(p.Key, state.Now)))
            .OrderByDescending(p => p.Level).ThenByDescending(p => p.Since).ThenBy(p => p.Cluster, StringComparer.Ordinal)];

    /// <summary>Notes when each current problem was first seen and forgets the ones that went away.</summary>
    public static FleetState Track(FleetState state)
    {
        var current = state.Members.SelectMany(m => Current(state, m)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var since = state.ProblemSince;
        foreach (var key in since.Keys.Where(k => !current.Contains(k)))
        {
            since = since.Remove(key);
        }
        foreach (var key in current.Where(k => !since.ContainsKey(k)))
        {
            since = since.Add(key, state.Now);
        }
        return ReferenceEquals(since, state.ProblemSince) ? state : state with { ProblemSince = since };
    }

    private static IEnumerable<(string Cluster, HealthLevel Level, string Key, string What)> Current(FleetState state, FleetMember member)
    {
        var name = member.Name;
        if (state.ClusterState(name) is not { } cluster)
        {
            yield break;
        }
        if (ClusterFreshness.Of(cluster, state, member).Problem is { } stale)
        {
            yield return (name, ClusterFreshness.ProblemLevel, KeyOf(name, cluster.SnapshotAt is null ? "no-data" : "stale"), stale);
        }
        if (state.Health.GetValueOrDefault(name) is { } report)
        {
            foreach (var finding in report.Findings.Where(f => f.Level != HealthLevel.Ok))
            {
                yield return (name, finding.Level, KeyOf(name, finding.Rule.ToString()), finding.Message);
            }
        }
    }

    /// <summary>A problem's identity: cluster and rule, so a count that changes ("2 failed actions"
    /// → "3 …") is the same problem and keeps its "since".</summary>
    public static string KeyOf(string cluster, string what) => cluster + "\u001f" + what;

    /// <summary>The rule part of a problem key (<c>FailedActions</c>, <c>no-data</c> …).</summary>
    public static string RuleOf(FleetProblem problem) => problem.Key[(problem.Key.IndexOf('\u001f', StringComparison.Ordinal) + 1)..];
}
