using CrmTui.Transport;

namespace CrmTui.Demo.Simulation;

/// <summary>
/// Argv for <c>crm_simulate</c> (Pacemaker 2.1 option names): read the CIB file, apply synthetic
/// events, run the real scheduler, pretend every scheduled action succeeded, and write the
/// resulting state back into the same file (<c>--in-place</c>).
/// </summary>
public static class CrmSimulate
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Only settle: whatever the scheduler wants to do now, done.</summary>
    public static CommandLine Settle(string cibPath) => Build(cibPath, []);

    public static CommandLine NodesUp(string cibPath, IEnumerable<string> nodes) =>
        Build(cibPath, nodes.Select(n => $"--node-up={n}"));

    /// <summary>The nodes stop answering; with quorum the scheduler fences them.</summary>
    public static CommandLine NodesFail(string cibPath, IEnumerable<string> nodes) =>
        Build(cibPath, nodes.Select(n => $"--node-fail={n}"));

    public static CommandLine Inject(string cibPath, MonitorFailure failure, int rc = 7) =>
        Build(cibPath, [$"--op-inject={failure.Resource}_monitor_{failure.IntervalMs}@{failure.Node}={rc}"]);

    public static CommandLine Quorum(string cibPath, bool hasQuorum, IEnumerable<string> failedNodes) =>
        Build(cibPath, [$"--quorum={(hasQuorum ? 1 : 0)}", .. failedNodes.Select(n => hasQuorum ? $"--node-up={n}" : $"--node-fail={n}")]);

    public static CommandLine GrantTicket(string cibPath, string ticket) =>
        Build(cibPath, [$"--ticket-grant={ticket}"]);

    private static CommandLine Build(string cibPath, IEnumerable<string> events) =>
        new CommandLine(["crm_simulate", $"--xml-file={cibPath}", "--in-place", "--quiet", .. events]).WithTimeout(Timeout);
}
