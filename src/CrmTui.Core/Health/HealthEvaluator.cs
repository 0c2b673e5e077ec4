using System.Collections.Immutable;
using CrmTui.Core.Describe;
using CrmTui.Core.Model;

namespace CrmTui.Core.Health;

/// <summary>
/// Judges a snapshot the way an operator on call would: pure, no I/O, so the check plugin, the
/// dashboard's header and a fleet view give the same verdict for the same snapshot.
/// </summary>
public static class HealthEvaluator
{
    /// <summary>Names listed in a finding before "and N more".</summary>
    public const int NamesShown = 3;

    public static HealthReport Evaluate(ClusterSnapshot snapshot, HealthThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var t = thresholds ?? HealthThresholds.Default;
        var findings = ImmutableArray.CreateBuilder<HealthFinding>();

        var failures = snapshot.Failures;
        AddCount(findings, HealthRule.FailedActions, t.FailedActions, failures.Length,
            n => $"{Plural(n, "failed action")}: {Names(failures.Select(FailureText.Sentence))}");

        var stopped = StoppedAgainstTarget(snapshot);
        AddCount(findings, HealthRule.StoppedResources, t.StoppedResources, stopped.Count,
            n => $"{Plural(n, "resource")} stopped that should run: {Names(stopped)}");

        var unclean = snapshot.Nodes.Where(n => n.Unclean).Select(n => n.Name).ToList();
        AddCount(findings, HealthRule.UncleanNodes, t.UncleanNodes, unclean.Count,
            n => $"{Plural(n, "node")} UNCLEAN: {Names(unclean)}");

        var offline = snapshot.Nodes.Where(n => !n.Online && !n.Unclean).Select(n => n.Name).ToList();
        AddCount(findings, HealthRule.OfflineNodes, t.OfflineNodes, offline.Count,
            n => $"{Plural(n, "node")} offline: {Names(offline)}");

        if (QuorumProblem(snapshot) is { } quorum && t.QuorumLost != HealthLevel.Ok)
        {
            findings.Add(new HealthFinding(HealthRule.Quorum, t.QuorumLost, quorum));
        }

        var maintenance = MaintenanceLeftOn(snapshot);
        if (maintenance.Count > 0 && t.Maintenance != HealthLevel.Ok)
        {
            findings.Add(new HealthFinding(HealthRule.Maintenance, t.Maintenance, string.Join(", ", maintenance)));
        }

        var pending = snapshot.FenceHistory.Where(e => e.IsPending).ToList();
        AddCount(findings, HealthRule.PendingFencing, t.PendingFencing, pending.Count,
            n => $"{Plural(n, "fencing action")} pending: {Names(pending.Select(e => $"{e.Action} {e.Target}"))}");

        var failedFencing = UnresolvedFencingFailures(snapshot);
        AddCount(findings, HealthRule.FailedFencing, t.FailedFencing, failedFencing.Count,
            n => $"{Plural(n, "fencing action")} failed: {Names(failedFencing.Select(e => $"{e.Action} {e.Target}"))}");

        if (snapshot.Summary?.Options is { StonithEnabled: false } && t.StonithDisabled != HealthLevel.Ok)
        {
            findings.Add(new HealthFinding(HealthRule.StonithDisabled, t.StonithDisabled, "STONITH is disabled (stonith-enabled=false)"));
        }

        var level = findings.Count == 0 ? HealthLevel.Ok : findings.Max(f => f.Level);
        return new HealthReport(level, findings.ToImmutable(), Count(snapshot, stopped.Count, pending.Count, failedFencing.Count), t);
    }

    /// <summary>
    /// Resources that are stopped although nothing asks for that. A primitive outside clones and
    /// bundles counts when it is stopped and neither it, its group nor the cluster
    /// (stop-all-resources) says stop. Clones and bundles count once, by their id, when not one
    /// of their instances runs: their spare instances (clone-max above the node count) are
    /// always listed as stopped, so a single stopped instance says nothing.
    /// </summary>
    public static IReadOnlyList<string> StoppedAgainstTarget(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Summary?.Options is { StopAllResources: true })
        {
            return [];
        }

        var result = new List<string>();
        foreach (var top in snapshot.Resources)
        {
            Visit(top, result);
        }

        return result;
    }

    private static void Visit(ResourceItem item, List<string> into)
    {
        switch (item)
        {
            case PrimitiveResource p:
                if (!IsActive(p) && !p.Orphaned && !RoleText.IsTargetStopped(p))
                {
                    into.Add(p.Id);
                }

                break;
            case GroupResource g when !g.Disabled:
                foreach (var child in g.Children)
                {
                    Visit(child, into);
                }

                break;
            case CloneResource c when !c.Disabled && !string.Equals(c.TargetRole, "Stopped", StringComparison.OrdinalIgnoreCase):
                var primitives = Primitives(c).ToList();
                if (primitives.Count > 0 && !primitives.Any(IsActive) && primitives.Any(p => !RoleText.IsTargetStopped(p) && !p.Orphaned))
                {
                    into.Add(c.Id);
                }

                break;
            case BundleResource b:
                var parts = Primitives(b).ToList();
                if (parts.Count > 0 && !parts.Any(IsActive) && parts.Any(p => !RoleText.IsTargetStopped(p)))
                {
                    into.Add(b.Id);
                }

                break;
        }
    }

    private static IEnumerable<PrimitiveResource> Primitives(ResourceItem item) =>
        item is PrimitiveResource p ? [p] : item.ChildItems.SelectMany(Primitives);

    private static bool IsActive(PrimitiveResource p) => p.Active || p.Role is not (ResourceRole.Stopped or ResourceRole.Unknown);

    private static string? QuorumProblem(ClusterSnapshot snapshot)
    {
        if (snapshot.Summary?.CurrentDc is not { } dc)
        {
            return null;
        }

        return !dc.Present ? "no DC elected (partition without quorum)"
            : dc.WithQuorum == false ? $"partition WITHOUT quorum (DC {dc.Name})"
            : null;
    }

    private static List<string> MaintenanceLeftOn(ClusterSnapshot snapshot)
    {
        var found = new List<string>();
        if (snapshot.Summary?.Options is { MaintenanceMode: true })
        {
            found.Add("cluster maintenance-mode is on");
        }

        var nodes = snapshot.Nodes.Where(n => n.Maintenance).Select(n => n.Name).ToList();
        if (nodes.Count > 0)
        {
            found.Add($"maintenance on {Plural(nodes.Count, "node")}: {Names(nodes)}");
        }

        return found;
    }

    // A failure that a later success against the same target settled is history, not a problem.
    private static List<FenceEvent> UnresolvedFencingFailures(ClusterSnapshot snapshot) =>
        snapshot.FenceHistory
            .Where(e => e.IsFailed)
            .Where(e => !snapshot.FenceHistory.Any(s => s.Succeeded && s.Target == e.Target
                && s.Completed?.Value is { } ok && e.Completed?.Value is { } bad && ok >= bad))
            .ToList();

    private static HealthCounts Count(ClusterSnapshot snapshot, int stopped, int pending, int failedFencing)
    {
        var instances = snapshot.AllPrimitives().Select(i => i.Resource).ToList();
        return new HealthCounts
        {
            NodesConfigured = snapshot.Nodes.Length,
            NodesOnline = snapshot.Nodes.Count(n => n.Online),
            NodesOffline = snapshot.Nodes.Count(n => !n.Online && !n.Unclean),
            NodesUnclean = snapshot.Nodes.Count(n => n.Unclean),
            NodesStandby = snapshot.Nodes.Count(n => n.Standby),
            NodesMaintenance = snapshot.Nodes.Count(n => n.Maintenance),
            ResourceInstances = instances.Count,
            ResourcesActive = instances.Count(IsActive),
            ResourcesStopped = stopped,
            FailedActions = snapshot.Failures.Length,
            FencingPending = pending,
            FencingFailed = failedFencing,
        };
    }

    private static void AddCount(ImmutableArray<HealthFinding>.Builder findings, HealthRule rule, CountThreshold threshold, int count, Func<int, string> message)
    {
        var level = threshold.LevelFor(count);
        if (level != HealthLevel.Ok)
        {
            findings.Add(new HealthFinding(rule, level, message(count)));
        }
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Names(IEnumerable<string> names)
    {
        var all = names.ToList();
        var shown = string.Join(", ", all.Take(NamesShown));
        return all.Count > NamesShown ? $"{shown} and {all.Count - NamesShown} more" : shown;
    }
}
