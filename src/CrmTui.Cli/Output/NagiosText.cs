using System.Globalization;
using CrmTui.Core.Health;

namespace CrmTui.Cli.Output;

/// <summary>
/// A Nagios/Icinga plugin line: <c>CLUSTER CRITICAL - msg; msg | 'nodes_online'=3;;;0 …</c>.
/// Perfdata labels are quoted, thresholds are the configured ones (empty when off).
/// </summary>
public static class NagiosText
{
    public static string Line(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = report.Counts;
        var message = report.Findings.IsEmpty
            ? $"{c.NodesOnline}/{c.NodesConfigured} nodes online, {c.ResourcesActive}/{c.ResourceInstances} resource instances active"
            : string.Join("; ", report.Findings.OrderByDescending(f => f.Level).Select(f => f.Message));
        return $"CLUSTER {Word(report.Level)} - {OneLine(message)} | {Perfdata(report)}";
    }

    /// <summary>The line for a status that could not be had at all.</summary>
    public static string Unknown(string why) => $"CLUSTER UNKNOWN - {OneLine(why)}";

    public static string Word(HealthLevel level) => level switch
    {
        HealthLevel.Ok => "OK",
        HealthLevel.Warning => "WARNING",
        HealthLevel.Critical => "CRITICAL",
        _ => "UNKNOWN",
    };

    public static string Perfdata(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = report.Counts;
        var t = report.Thresholds;
        return string.Join(" ",
            Metric("nodes_online", c.NodesOnline, null),
            Metric("nodes_offline", c.NodesOffline, t.OfflineNodes),
            Metric("nodes_unclean", c.NodesUnclean, t.UncleanNodes),
            Metric("nodes_standby", c.NodesStandby, null),
            Metric("nodes_maintenance", c.NodesMaintenance, null),
            Metric("resources_active", c.ResourcesActive, null),
            Metric("resources_stopped", c.ResourcesStopped, t.StoppedResources),
            Metric("failed_actions", c.FailedActions, t.FailedActions),
            Metric("fencing_pending", c.FencingPending, t.PendingFencing),
            Metric("fencing_failed", c.FencingFailed, t.FailedFencing));
    }

    private static string Metric(string label, int value, CountThreshold? threshold) =>
        string.Create(CultureInfo.InvariantCulture, $"'{label}'={value};{Bound(threshold?.Warning)};{Bound(threshold?.Critical)};0");

    private static string Bound(int? value) => value is > 0 ? value.Value.ToString(CultureInfo.InvariantCulture) : "";

    // The plugin output is one line and '|' starts perfdata: cluster strings must not break either.
    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Replace('|', '/');
}
