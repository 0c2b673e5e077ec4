using System.Globalization;
using CrmTui.Core.Model;

namespace CrmTui.Core.Diff;

/// <summary>Cluster-wide changes: DC, quorum, cluster options, pacemakerd.</summary>
internal static class ClusterDiff
{
    public static void Compare(ClusterSnapshot previous, ClusterSnapshot next, List<ClusterEvent> into)
    {
        if (previous.DcName != next.DcName)
        {
            into.Add(new DcChanged(previous.DcName, next.DcName));
        }

        // Quorum is only known while there is a DC; "no DC" is not "no quorum".
        if (previous.Summary?.CurrentDc is { Present: true, WithQuorum: { } before }
            && next.Summary?.CurrentDc is { Present: true, WithQuorum: { } after }
            && before != after)
        {
            into.Add(after ? new QuorumGained() : new QuorumLost());
        }

        if (previous.Summary?.Options is { } a && next.Summary?.Options is { } b)
        {
            Option(into, "maintenance-mode", a.MaintenanceMode, b.MaintenanceMode);
            Option(into, "stop-all-resources", a.StopAllResources, b.StopAllResources);
            Option(into, "stonith-enabled", a.StonithEnabled, b.StonithEnabled);
            Option(into, "symmetric-cluster", a.SymmetricCluster, b.SymmetricCluster);
            Option(into, "no-quorum-policy", a.NoQuorumPolicy, b.NoQuorumPolicy);
            Option(into, "stonith-timeout-ms", a.StonithTimeoutMs, b.StonithTimeoutMs);
            Option(into, "priority-fencing-delay-ms", a.PriorityFencingDelayMs, b.PriorityFencingDelayMs);
        }

        if (previous.Pacemakerd is { } p && next.Pacemakerd is { } n && p.State != n.State)
        {
            into.Add(new PacemakerdStateChanged(p.State, n.State));
        }
    }

    private static void Option(List<ClusterEvent> into, string name, bool from, bool to)
    {
        if (from != to)
        {
            into.Add(new ClusterOptionChanged(name, from ? "true" : "false", to ? "true" : "false"));
        }
    }

    private static void Option(List<ClusterEvent> into, string name, long from, long to)
    {
        if (from != to)
        {
            into.Add(new ClusterOptionChanged(name, from.ToString(CultureInfo.InvariantCulture), to.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void Option(List<ClusterEvent> into, string name, string from, string to)
    {
        if (from != to)
        {
            into.Add(new ClusterOptionChanged(name, from, to));
        }
    }
}
