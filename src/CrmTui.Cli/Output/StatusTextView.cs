using System.Globalization;
using CrmTui.Core.Describe;
using CrmTui.Core.Model;

namespace CrmTui.Cli.Output;

/// <summary>
/// <c>crmtui status --output text</c>: every section in crm_mon's layout and words, so that
/// people who know <c>crm_mon -1</c> read it at once. Unlike crm_mon, every node and every
/// resource instance gets its own line (no collapsed <c>Started: [ … ]</c> lists), so a grep for
/// a node or resource always finds it. Cluster strings are written verbatim.
/// </summary>
public static class StatusTextView
{
    public static string Render(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var text = new TextBlock();
        WriteSummary(text, snapshot);
        WriteNodes(text, snapshot);
        ResourceTreeText.Write(text, snapshot);
        WriteAttributes(text, snapshot);
        WriteOperations(text, snapshot);
        WriteFailures(text, snapshot);
        WriteFencing(text, snapshot);
        WriteTickets(text, snapshot);
        WriteBans(text, snapshot);
        return text.ToString();
    }

    private static void WriteSummary(TextBlock text, ClusterSnapshot snapshot)
    {
        text.Heading("Cluster Summary:");
        var s = snapshot.Summary;
        if (snapshot.Pacemakerd is { } pcmkd)
        {
            text.Item(1, $"Pacemaker daemons: {pcmkd.State}");
        }

        if (s is null)
        {
            text.Item(1, "(crm_mon gave no summary)");
            return;
        }

        if (s.Stack is { } stack)
        {
            text.Item(1, $"Stack: {stack.Type}");
        }

        if (s.CurrentDc is { } dc)
        {
            text.Item(1, dc.Present
                ? $"Current DC: {dc.Name} (version {(string.IsNullOrEmpty(dc.Version) ? "unknown" : dc.Version)}) - partition {(dc.WithQuorum == true ? "with" : "WITHOUT")} quorum"
                : "Current DC: NONE");
        }

        if (s.LastUpdate is { } update)
        {
            text.Item(1, $"Last updated: {update.Time.Raw}");
        }

        if (s.LastChange is { } change)
        {
            var who = (change.User.Length > 0 ? $" by {change.User}" : "")
                + (change.Client.Length > 0 ? $" via {change.Client}" : "")
                + (change.Origin.Length > 0 ? $" on {change.Origin}" : "");
            text.Item(1, $"Last change:  {change.Time.Raw}{who}");
        }

        if (s.NodesConfigured is { } nodes)
        {
            text.Item(1, $"{Count(nodes.Number, "node")} configured");
        }

        if (s.ResourcesConfigured is { } rc)
        {
            var extra = new List<string>();
            if (rc.Disabled > 0)
            {
                extra.Add($"{rc.Disabled} DISABLED");
            }

            if (rc.Blocked > 0)
            {
                extra.Add($"{rc.Blocked} BLOCKED from further action due to failure");
            }

            text.Item(1, $"{Count(rc.Number, "resource instance")} configured" + (extra.Count > 0 ? $" ({string.Join(", ", extra)})" : ""));
        }

        if (s.Options is { } o)
        {
            text.Item(1, "Cluster options:");
            text.Item(2, $"stonith-enabled: {o.StonithEnabled.ToString().ToLowerInvariant()}");
            text.Item(2, $"symmetric-cluster: {o.SymmetricCluster.ToString().ToLowerInvariant()}");
            text.Item(2, $"no-quorum-policy: {o.NoQuorumPolicy}");
            text.Item(2, $"maintenance-mode: {o.MaintenanceMode.ToString().ToLowerInvariant()}");
            text.Item(2, $"stop-all-resources: {o.StopAllResources.ToString().ToLowerInvariant()}");
            text.Item(2, $"stonith-timeout: {IntervalText.Of(o.StonithTimeoutMs)}");
            text.Item(2, $"priority-fencing-delay: {IntervalText.Of(o.PriorityFencingDelayMs)}");
        }

        if (s.Options is { MaintenanceMode: true })
        {
            text.Blank();
            text.Line("              *** Resource management is DISABLED ***");
            text.Line("  The cluster will not attempt to start, stop or recover services");
        }
    }

    private static void WriteNodes(TextBlock text, ClusterSnapshot snapshot)
    {
        text.Section("Node List:");
        foreach (var node in snapshot.Nodes)
        {
            text.Item(1, $"{NodeStateText.KindWord(node)} {node.Name}: {NodeStateText.Of(node)}" + (node.IsDc ? " (DC)" : ""));
        }
    }

    private static void WriteAttributes(TextBlock text, ClusterSnapshot snapshot)
    {
        if (snapshot.NodeAttributes.IsEmpty)
        {
            return;
        }

        text.Section("Node Attributes:");
        foreach (var set in snapshot.NodeAttributes)
        {
            text.Item(1, $"Node: {set.Node}:");
            foreach (var a in set.Attributes)
            {
                text.Item(2, $"{a.Name}: {a.Value}" + (a.Expected is { } e ? $" (expected: {e})" : ""));
            }
        }
    }

    private static void WriteOperations(TextBlock text, ClusterSnapshot snapshot)
    {
        if (snapshot.NodeHistory.IsEmpty)
        {
            return;
        }

        text.Section("Operations:");
        foreach (var node in snapshot.NodeHistory)
        {
            text.Item(1, $"Node: {node.Node}:");
            foreach (var r in node.Resources)
            {
                var details = new List<string>();
                if (r.Orphan)
                {
                    details.Add("orphan");
                }

                if (r.MigrationThreshold is { } threshold)
                {
                    details.Add($"migration-threshold={threshold}");
                }

                if (r.FailCount is { } failCount)
                {
                    details.Add($"fail-count={failCount}");
                }

                if (r.LastFailure is { } lastFailure)
                {
                    details.Add($"last-failure='{lastFailure.Raw}'");
                }

                text.Item(2, details.Count > 0 ? $"{r.Id}: {string.Join(", ", details)}:" : $"{r.Id}:");
                foreach (var op in r.Operations)
                {
                    var timing = new List<string>();
                    if (op.Interval is { } interval && interval.Milliseconds > 0)
                    {
                        timing.Add($"interval={interval.Raw}");
                    }

                    if (op.LastRcChange is { } change)
                    {
                        timing.Add($"last-rc-change='{change.Raw}'");
                    }

                    if (op.ExecTime is { } exec)
                    {
                        timing.Add($"exec-time={exec.Raw}");
                    }

                    if (op.QueueTime is { } queue)
                    {
                        timing.Add($"queue-time={queue.Raw}");
                    }

                    var when = timing.Count > 0 ? ": " + string.Join(" ", timing) : "";
                    text.Item(3, $"({op.Call}) {op.Task}{when}: rc={op.Rc} ({op.RcText})");
                }
            }
        }
    }

    private static void WriteFailures(TextBlock text, ClusterSnapshot snapshot)
    {
        if (snapshot.Failures.IsEmpty)
        {
            return;
        }

        text.Section("Failed Resource Actions:");
        foreach (var failure in snapshot.Failures)
        {
            text.Item(1, FailureText.Sentence(failure));
        }
    }

    private static void WriteFencing(TextBlock text, ClusterSnapshot snapshot)
    {
        if (snapshot.FenceHistory.IsEmpty)
        {
            return;
        }

        text.Section("Fencing History:");
        foreach (var e in snapshot.FenceHistory)
        {
            var outcome = e.Succeeded ? "successful" : e.IsFailed ? "failed" : e.IsPending ? "pending" : e.Status;
            var parts = new List<string>();
            if (e.Delegate is { Length: > 0 } by)
            {
                parts.Add($"delegate={by}");
            }

            parts.Add($"client={e.Client}");
            parts.Add($"origin={e.Origin}");
            if (e.Completed is { } completed)
            {
                parts.Add($"{(e.IsPending ? "started" : "completed")}='{completed.Raw}'");
            }

            if (e.ExitReason is { Length: > 0 } reason)
            {
                parts.Add($"exit-reason='{reason}'");
            }

            text.Item(1, $"{e.Action} of {e.Target} {outcome}: {string.Join(", ", parts)}");
        }
    }

    private static void WriteTickets(TextBlock text, ClusterSnapshot snapshot)
    {
        if (snapshot.Tickets.IsEmpty)
        {
            return;
        }

        text.Section("Tickets:");
        foreach (var t in snapshot.Tickets)
        {
            var line = $"{t.Id}\t{t.Status ?? "unknown"}";
            if (t.Standby == true)
            {
                line += " [standby]";
            }

            if (t.LastGranted is { } granted)
            {
                line += $" last-granted='{granted.Raw}'";
            }

            text.Item(1, line);
        }
    }

    private static void WriteBans(TextBlock text, ClusterSnapshot snapshot)
    {
        if (snapshot.Bans.IsEmpty)
        {
            return;
        }

        text.Section("Negative Location Constraints:");
        foreach (var b in snapshot.Bans)
        {
            var weight = b.IsInfinite ? "-INFINITY" : b.Weight.ToString(CultureInfo.InvariantCulture);
            text.Item(1, $"{b.Id}\tprevents {b.Resource} from running {(b.PromotedOnly ? "promoted " : "")}on {b.Node} (score {weight})");
        }
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
