using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Core.Health;
using CrmTui.Core.Parsing;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// A real three-node Pacemaker cluster plus a Pacemaker Remote node, started once per test run
/// by <c>tests/lab/lab-up.sh --nodes 3 --remote</c> and stopped at the end by <c>lab-down.sh</c>.
/// Nodes <c>node1</c>…<c>node3</c> (corosync knet, token 1000 ms, dc-deadtime 5 s) and
/// <c>remote1</c> (pacemaker-remoted, connection resource <c>remote1</c>), each in namespaces of
/// its own on one bridge, sshd on every one; <c>stonith-enabled=true</c> with the lab's fence
/// agent (<c>fence-lab</c>, <c>stonith:fence_crmtuilab</c>). Resources as in the one-node lab:
/// <c>dummy1</c>, <c>dummy2</c>, group <c>group1</c>, clone <c>dummy-clone</c>, promotable
/// <c>stateful-clone</c>.
/// </summary>
/// <remarks>Slots <c>tn1</c>…<c>tn4</c>, owner and watchdog as for <see cref="SingleNodeLab"/>.
/// Call <see cref="EnsureUp"/> first in every test; a test that breaks the cluster brings it back
/// (<see cref="WaitHealthyAsync"/> is the shared "back to normal" check).</remarks>
public sealed class ThreeNodeLab : IAsyncLifetime
{
    private const int Slots = 4;
    private const int ExitBusy = 3;
    private static readonly TimeSpan s_upTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_downTimeout = TimeSpan.FromMinutes(1);

    private readonly LocalProcessRunner _host = new();
    private ImmutableDictionary<string, string> _env = ImmutableDictionary<string, string>.Empty;

    public string? SkipReason { get; private set; } = "the three-node lab has not been started yet";

    public string StartLog { get; private set; } = "";

    public string LabName => Value("LAB_NAME");
    public string ClusterName => $"crmtui-{LabName}";
    /// <summary>The lab's state directory (fence.log, the fence-fail marker, node logs).</summary>
    public string StateDirectory => Value("LAB_STATE");
    public ImmutableArray<LabNode> Nodes { get; private set; } = [];
    public LabNode Remote { get; private set; } = null!;
    public int SshPort => int.Parse(Value("SSH_PORT"), CultureInfo.InvariantCulture);
    public string SshUser => Value("SSH_USER");
    public string IdentityFile => Value("IDENTITY_FILE");
    /// <summary>A known_hosts listing every node's generated host key.</summary>
    public string KnownHostsFile => Value("KNOWN_HOSTS_FILE");
    public TimeSpan BringUpTime => Seconds("BRINGUP_SECONDS");
    /// <summary>First daemon started → every full node online with a DC and quorum.</summary>
    public TimeSpan FormationTime => Seconds("FORMATION_SECONDS");
    public long MemoryKib => long.Parse(Value("MEMORY_KIB"), CultureInfo.InvariantCulture);

    /// <summary>The fence agent's log: one line per off/on/reboot it carried out or refused.</summary>
    public string FenceLog
    {
        get
        {
            var path = Path.Combine(StateDirectory, "fence.log");
            return File.Exists(path) ? File.ReadAllText(path) : "";
        }
    }

    public void EnsureUp()
    {
        if (SkipReason is not null)
            throw new InvalidOperationException($"three-node lab unavailable: {SkipReason}");
    }

    public LabNode Node(string name) => Nodes.Append(Remote).Single(n => n.Name == name);

    /// <summary>Makes the fence agent fail (true) or work again (false).</summary>
    public void SetFencingFails(bool fails)
    {
        var marker = Path.Combine(StateDirectory, "fence-fail");
        if (fails)
            File.WriteAllText(marker, "set by a test\n");
        else
            File.Delete(marker);
    }

    /// <summary>SIGKILL to corosync on the node: the others see it UNCLEAN and fence it.</summary>
    public Task KillCorosyncAsync(LabNode node) => NodeScriptAsync(node, "kill-corosync");

    /// <summary>Every process in the node's namespaces killed (a power cut, no fencing by us).</summary>
    public Task PowerOffAsync(LabNode node) => NodeScriptAsync(node, "power-off");

    /// <summary>Boots a powered-off node again.</summary>
    public Task PowerOnAsync(LabNode node) => NodeScriptAsync(node, "power-on");

    public Task StopRemotedAsync() => NodeScriptAsync(Remote, "stop-remoted");

    public Task StartRemotedAsync() => NodeScriptAsync(Remote, "start-remoted");

    /// <summary>Waits until all three nodes and the remote node are online, nobody is UNCLEAN,
    /// no fencing is pending, every resource instance is started (Started, Promoted or
    /// Unpromoted) and not failed, <c>crmtui check</c> would say OK (no failed action, no
    /// unresolved failed fencing), and the cluster has no transition left to run
    /// (<see cref="ClusterIdle"/>): a cluster that only looks healthy for the moment before it
    /// moves resources back is not healthy yet. Returns the last crm_mon XML.</summary>
    /// <remarks>The scenarios test crmtui, not Pacemaker's own recovery, so a cluster that stays
    /// unhealthy is nudged the way an operator would: after <see cref="s_firstNudge"/> the remote
    /// node's daemon is started if it is down and failures are cleaned up; after
    /// <see cref="s_secondNudge"/> every resource is refreshed (re-probed). Seen once on CI: after
    /// its host node was fenced and came back, the remote connection resource was moved, the remote
    /// node fenced, and the connection then stayed Stopped with no failure recorded. Every nudge is
    /// listed in <see cref="Nudges"/> and, with the nodes' Pacemaker log, in a timeout's message.</remarks>
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
            if (nudged == 0 && waited >= s_firstNudge)
            {
                nudged = 1;
                if (!IsRemoteOnline(last))
                    await NudgeAsync("start-remoted", () => StartRemotedAsync());
                await NudgeAsync("crm_resource --cleanup", () => RunOnAnyNodeAsync("crm_resource", "--cleanup"));
            }
            else if (nudged == 1 && waited >= s_secondNudge)
            {
                nudged = 2;
                await NudgeAsync("crm_resource --refresh", () => RunOnAnyNodeAsync("crm_resource", "--refresh"));
            }
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"the three-node lab did not become healthy within {timeout.TotalSeconds} s; "
                    + $"nudges: {(_nudges.Count == 0 ? "none" : string.Join("; ", _nudges))}\n"
                + (busy is null ? "" : $"not settled: {busy}\n")
                + $"{Unhealthy(last)}\n{PacemakerLogTail()}\nlast crm_mon:\n{last}");
            await Task.Delay(500);
        }
    }

    /// <summary>Waits until the cluster has no transition left to run (<see cref="ClusterIdle"/>),
    /// asked on node1 (call it while node1 is up); fails the test with what is still pending.</summary>
    public Task WaitIdleAsync(TimeSpan timeout, string after) => ClusterIdle.WaitAsync(Nodes[0].Runner, timeout, after);

    private static readonly TimeSpan s_firstNudge = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan s_secondNudge = TimeSpan.FromSeconds(70);
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
        foreach (var node in Nodes)
        {
            if (await TryRunAsync(node.Runner, argv) is { } result)
            {
                if (!result.Succeeded)
                    throw new InvalidOperationException($"{string.Join(' ', argv)} on {node.Name} exited {result.ExitCode}: {result.Stderr.Trim()}");
                return;
            }
        }
        throw new InvalidOperationException($"{string.Join(' ', argv)}: no node answered");
    }

    private bool IsRemoteOnline(string xml)
    {
        if (xml.Length == 0)
            return false;
        var doc = System.Xml.Linq.XDocument.Parse(xml);
        return doc.Descendants("node").Any(n => n.Parent?.Name == "nodes" && (string?)n.Attribute("name") == Remote.Name
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

    private static async Task<CommandResult?> TryRunAsync(ICommandRunner runner, params string[] argv)
    {
        try
        {
            return await runner.RunAsync(CommandLine.Of(argv).WithTimeout(TimeSpan.FromSeconds(15)));
        }
        catch (TransportException)
        {
            return null;
        }
    }

    private async Task NodeScriptAsync(LabNode node, string action)
    {
        var command = CommandLine.Of(Path.Combine(LabPaths.ScriptsDirectory!, "lab-node.sh"), LabName,
                "--node", node.Index.ToString(CultureInfo.InvariantCulture), action)
            .WithTimeout(TimeSpan.FromSeconds(90));
        var result = await _host.RunAsync(command).ConfigureAwait(false);
        if (!result.Succeeded)
            throw new InvalidOperationException($"lab-node.sh {LabName} --node {node.Index} {action} exited {result.ExitCode}: {result.Stderr.Trim()}");
    }

    public async Task InitializeAsync()
    {
        if (LabPrerequisites.MissingReason is { } missing)
        {
            SkipReason = missing + (LabEnvironment.IsCi ? " (CI=true: lab tests fail instead of skipping)" : "");
            return;
        }
        var scripts = LabPaths.ScriptsDirectory!;
        var busy = new List<string>();
        for (var slot = 1; slot <= Slots; slot++)
        {
            var name = $"tn{slot}";
            var up = CommandLine.Of(Path.Combine(scripts, "lab-up.sh"), "--nodes", "3", "--remote", "--timeout", "240",
                    "--owner-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), name)
                .WithTimeout(s_upTimeout);
            CommandResult result;
            try
            {
                result = await _host.RunAsync(up).ConfigureAwait(false);
            }
            catch (TransportException ex)
            {
                await DownAsync(name).ConfigureAwait(false);
                SkipReason = $"lab-up.sh --nodes 3 --remote {name} did not finish: {ex.Message}";
                return;
            }
            StartLog = result.Stderr;
            if (result.ExitCode == ExitBusy)
            {
                busy.Add($"{name}: {result.Stderr.Trim()}");
                continue;
            }
            if (!result.Succeeded)
            {
                SkipReason = $"lab-up.sh --nodes 3 --remote {name} failed with exit code {result.ExitCode}:\n{result.Stderr.Trim()}";
                return;
            }
            _env = LabEnvFile.Parse(result.Stdout);
            SkipReason = null;
            Nodes = [.. Enumerable.Range(1, 3).Select(i => NodeFromEnv($"NODE{i}"))];
            Remote = NodeFromEnv("REMOTE");
            return;
        }
        SkipReason = $"all {Slots} three-node lab slots are in use by live test runs:\n{string.Join('\n', busy)}";
    }

    private LabNode NodeFromEnv(string prefix)
    {
        var name = Value(prefix + "_NAME");
        var runner = new NamespacedRunner(_host, $"lab {name}", Value(prefix + "_NETNS_PATH"),
            Value(prefix + "_MNT_NS"), Value(prefix + "_UTS_NS"), Value(prefix + "_IPC_NS"));
        return new LabNode(name, int.Parse(Value(prefix + "_INDEX"), CultureInfo.InvariantCulture), Value(prefix + "_ADDRESS"), runner);
    }

    public async Task DisposeAsync()
    {
        if (_env.TryGetValue("LAB_NAME", out var name))
            await DownAsync(name).ConfigureAwait(false);
    }

    private async Task DownAsync(string name)
    {
        try
        {
            var down = CommandLine.Of(Path.Combine(LabPaths.ScriptsDirectory!, "lab-down.sh"), name).WithTimeout(s_downTimeout);
            await _host.RunAsync(down).ConfigureAwait(false);
        }
        catch (TransportException)
        {
            // The watchdog lab-up.sh started removes the lab once this process has exited.
        }
    }

    private TimeSpan Seconds(string key) => TimeSpan.FromSeconds(double.Parse(Value(key), CultureInfo.InvariantCulture));

    private string Value(string key)
    {
        EnsureUp();
        return LabEnvFile.Require(_env, key);
    }
}
