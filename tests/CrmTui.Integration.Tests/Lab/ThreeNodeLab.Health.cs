using System.Globalization;
using CrmTui.Core.Health;
using CrmTui.Core.Parsing;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Lab;

// The three-node lab's "back to normal": the wait every scenario starts and ends with, the idle
// wait, and the repairs done outside crmtui.
public sealed partial class ThreeNodeLab
{
    /// <summary>Waits until all three nodes and the remote node are online, nobody is UNCLEAN,
    /// no fencing is pending, every resource instance is started (Started, Promoted or
    /// Unpromoted) and not failed, <c>crmtui check</c> would say OK (no failed action, no
    /// unresolved failed fencing), and the cluster has no transition left to run
    /// (<see cref="ClusterIdle"/>): a cluster that only looks healthy for the moment before it
    /// moves resources back is not healthy yet. Returns the last crm_mon XML.</summary>
    /// <remarks>The scenarios test crmtui, not Pacemaker's own recovery, so a cluster that stays
    /// unhealthy is nudged the way an operator would (<see cref="LabNudges"/>): after 40 s failures are
    /// cleaned up, after 70 s every resource is refreshed (re-probed), then failures are cleaned up
    /// every 30 s; before each, a full node crm_mon shows offline is powered on (a no-op when it is
    /// on) and the remote node's daemon is started if it is down. Seen once on CI: after
    /// its host node was fenced and came back, the remote connection resource was moved, the remote
    /// node fenced, and the connection then stayed Stopped with no failure recorded. Every nudge is
    /// listed in <see cref="Nudges"/> and, with the nodes' Pacemaker log and the fence agent's log,
    /// in a timeout's message.</remarks>
    public async Task<string> WaitHealthyAsync(TimeSpan timeout)
    {
        var started = DateTime.UtcNow;
        var deadline = started + timeout;
        var last = "";
        var nudged = 0;
        string? busy = null;
        while (true)
        {
            foreach (var node in Nodes)
            {
                var result = await TryRunAsync(node.Runner, "crm_mon", "--output-as=xml");
                if (result is { Succeeded: true })
                {
                    last = result.Stdout;
                    if (IsHealthy(last))
                    {
                        // Healthy now; healthy still once nothing is left to do is healthy.
                        var idle = TimeSpan.FromSeconds(Math.Clamp((deadline - DateTime.UtcNow).TotalSeconds, 10, 60));
                        busy = await ClusterIdle.TryWaitAsync(node.Runner, idle);
                        var after = busy is null ? await TryRunAsync(node.Runner, "crm_mon", "--output-as=xml") : null;
                        if (after is { Succeeded: true })
                        {
                            last = after.Stdout;
                            if (IsHealthy(last))
                                return last;
                        }
                    }
                    break;
                }
            }
            var waited = DateTime.UtcNow - started;
            if (LabNudges.Due(nudged, waited, s_firstNudge) is { } argv)
            {
                // A node can be fenced (and left off) between two nudges: each one looks.
                foreach (var off in Nodes.Where(n => last.Length > 0 && !IsOnline(last, n.Name)))
                    await NudgeAsync($"power-on {off.Name}", () => PowerOnAsync(off));
                if (!IsOnline(last, Remote.Name))
                    await NudgeAsync("start-remoted", () => StartRemotedAsync());
                await NudgeAsync(string.Join(' ', argv), () => RunOnAnyNodeAsync(argv));
                nudged++;
            }
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"the three-node lab did not become healthy within {timeout.TotalSeconds} s; "
                    + $"nudges: {(_nudges.Count == 0 ? "none" : string.Join("; ", _nudges))}\n"
                + (busy is null ? "" : $"not settled: {busy}\n")
                + $"{Unhealthy(last)}\n{PacemakerLogTail()}\n--- fence.log (last 20)\n{string.Join('\n', FenceLog.Split('\n').TakeLast(20))}\n"
                + $"last crm_mon:\n{last}");
            await Task.Delay(500);
        }
    }

    /// <summary>Waits until the cluster has no transition left to run (<see cref="ClusterIdle"/>),
    /// asked on node1 (call it while node1 is up); fails the test with what is still pending.</summary>
    public Task WaitIdleAsync(TimeSpan timeout, string after) => ClusterIdle.WaitAsync(Nodes[0].Runner, timeout, after);

    /// <summary>Repairs with the node runners (outside crmtui's command layer): each argv on the
    /// first full node where it succeeds, where it ran (or why it ran nowhere) written to the
    /// test's output.</summary>
    public async Task RepairAsync(ITestOutputHelper output, params string[][] commands)
    {
        foreach (var argv in commands)
        {
            var (node, failures) = await RunOnFirstAsync(TimeSpan.FromSeconds(30), argv);
            output.WriteLine(node is null
                ? $"repair failed on every node: {string.Join(' ', argv)} ({string.Join("; ", failures)})"
                : $"repair on {node.Name}: {string.Join(' ', argv)} -> 0");
        }
    }

    /// <summary>How long a scenario waits for the lab to heal: a lost action holds a transition for
    /// 150 s before it shows as a failed action (<see cref="LabNudges"/>), and the cleanup after that
    /// and the transition that follows need time too. Seen: 120 s and then 180 s were not enough
    /// after a fenced node2 came back (dummy2's start on it timed out at 150 s).</summary>
    public static readonly TimeSpan HealTimeout = TimeSpan.FromSeconds(240);

    private static readonly TimeSpan s_firstNudge = TimeSpan.FromSeconds(40);
    private readonly List<string> _nudges = [];

    /// <summary>What <see cref="WaitHealthyAsync"/> had to do to bring the cluster back, in order.</summary>
    public IReadOnlyList<string> Nudges => _nudges;

    private async Task NudgeAsync(string what, Func<Task> action)
    {
        try
        {
            await action();
            _nudges.Add($"{DateTime.UtcNow:HH:mm:ss} {what}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or TransportException)
        {
            _nudges.Add($"{DateTime.UtcNow:HH:mm:ss} {what} failed: {ex.Message}");
        }
    }

    private async Task RunOnAnyNodeAsync(params string[] argv)
    {
        var (node, failures) = await RunOnFirstAsync(TimeSpan.FromSeconds(15), argv);
        if (node is null)
            throw new InvalidOperationException($"{string.Join(' ', argv)} failed on every node ({string.Join("; ", failures)})");
    }

    // Runs argv on the full nodes in turn until it succeeds on one: a node that is down (its tools
    // cannot reach the CIB there) must not stop a nudge or a repair. Seen on CI: every nudge of a
    // heal went to a powered-off node1 and failed with "Could not connect to the CIB".
    private async Task<(LabNode? Node, List<string> Failures)> RunOnFirstAsync(TimeSpan timeout, string[] argv)
    {
        var failures = new List<string>();
        foreach (var node in Nodes)
        {
            var result = await TryRunAsync(node.Runner, timeout, argv);
            if (result is { Succeeded: true })
                return (node, failures);
            failures.Add(result is null ? $"{node.Name}: no answer" : $"{node.Name}: exit {result.ExitCode}: {result.Stderr.Trim()}");
        }
        return (null, failures);
    }

    private static bool IsOnline(string xml, string nodeName)
    {
        if (xml.Length == 0)
            return false;
        var doc = System.Xml.Linq.XDocument.Parse(xml);
        return doc.Descendants("node").Any(n => n.Parent?.Name == "nodes" && (string?)n.Attribute("name") == nodeName
            && (string?)n.Attribute("online") == "true");
    }

    /// <summary>The last Pacemaker log lines of every full node that mention an error, a warning,
    /// fencing or the remote node: what a timeout's message needs to say why.</summary>
    private string PacemakerLogTail()
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in Nodes)
        {
            var path = Path.Combine(StateDirectory, $"node{node.Index}", "log", "pacemaker", "pacemaker.log");
            if (!File.Exists(path))
                continue;
            try
            {
                var lines = File.ReadLines(path)
                    .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("warning", StringComparison.OrdinalIgnoreCase)
                        || l.Contains(Remote.Name, StringComparison.Ordinal) || l.Contains("fenc", StringComparison.OrdinalIgnoreCase))
                    .TakeLast(25);
                text.Append(CultureInfo.InvariantCulture, $"--- {node.Name} {path}\n").AppendJoin('\n', lines).Append('\n');
            }
            catch (IOException ex)
            {
                text.Append(CultureInfo.InvariantCulture, $"--- {node.Name}: {ex.Message}\n");
            }
        }
        return text.ToString();
    }

    private bool IsHealthy(string xml) => IsUpAndStarted(xml) && Evaluate(xml).Level == HealthLevel.Ok;

    private static HealthReport Evaluate(string xml) => HealthEvaluator.Evaluate(CrmMonXmlParser.Parse(xml));

    // What a timeout's message says about the last crm_mon: check's findings, if any.
    private static string Unhealthy(string xml)
    {
        if (xml.Length == 0)
            return "no crm_mon answered";
        var report = Evaluate(xml);
        return $"check would say {report.Level}: " + (report.Findings.IsEmpty ? "no finding" : string.Join("; ", report.Findings.Select(f => f.Message)));
    }

    private bool IsUpAndStarted(string xml)
    {
        var doc = System.Xml.Linq.XDocument.Parse(xml);
        var nodes = doc.Descendants("node").Where(n => n.Parent?.Name == "nodes").ToList();
        var names = Nodes.Select(n => n.Name).Append(Remote.Name).ToHashSet();
        if (!names.All(name => nodes.Any(n => (string?)n.Attribute("name") == name && (string?)n.Attribute("online") == "true"
                && (string?)n.Attribute("unclean") == "false" && (string?)n.Attribute("standby") == "false")))
            return false;
        if (doc.Descendants("fence_event").Any(e => (string?)e.Attribute("status") == "pending"))
            return false;
        var resources = doc.Descendants("resource").ToList();
        return resources.Count > 0 && resources.All(r => (string?)r.Attribute("active") == "true" && (string?)r.Attribute("failed") == "false"
            && (string?)r.Attribute("role") is "Started" or "Promoted" or "Unpromoted");
    }

    private static Task<CommandResult?> TryRunAsync(ICommandRunner runner, params string[] argv) =>
        TryRunAsync(runner, TimeSpan.FromSeconds(15), argv);

    private static async Task<CommandResult?> TryRunAsync(ICommandRunner runner, TimeSpan timeout, params string[] argv)
    {
        try
        {
            return await runner.RunAsync(CommandLine.Of(argv).WithTimeout(timeout));
        }
        catch (TransportException)
        {
            return null;
        }
    }
}
