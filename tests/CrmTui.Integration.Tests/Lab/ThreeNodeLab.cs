using System.Collections.Immutable;
using System.Globalization;
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
/// <remarks>Slots <c>tn1</c>…<c>tn4</c> (<see cref="LabFixture"/>), watchdog as for <see cref="SingleNodeLab"/>.
/// Call <see cref="EnsureUp"/> first in every test; a test that breaks the cluster brings it back
/// (<see cref="WaitHealthyAsync"/> is the shared "back to normal" check).</remarks>
public sealed partial class ThreeNodeLab() : LabFixture("three-node lab", "tn", 4, ["--nodes", "3", "--remote", "--timeout", "240"], TimeSpan.FromMinutes(5))
{
    /// <summary>The lab's state directory (fence.log, the fence-fail marker, node logs).</summary>
    public string StateDirectory => Value("LAB_STATE");
    public ImmutableArray<LabNode> Nodes { get; private set; } = [];
    public LabNode Remote { get; private set; } = null!;
    /// <summary>First daemon started → every full node online with a DC and quorum.</summary>
    public TimeSpan FormationTime => Seconds("FORMATION_SECONDS");

    /// <summary>The fence agent's log: one line per off/on/reboot it carried out or refused.</summary>
    public string FenceLog
    {
        get
        {
            var path = Path.Combine(StateDirectory, "fence.log");
            return File.Exists(path) ? File.ReadAllText(path) : "";
        }
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

    /// <summary>SIGKILL to pacemaker-remoted (a crash: unlike <see cref="StopRemotedAsync"/>, no
    /// shutdown request reaches the cluster first).</summary>
    public Task KillRemotedAsync() => NodeScriptAsync(Remote, "kill-remoted");

    private Task NodeScriptAsync(LabNode node, string action) =>
        LabScripts.NodeAsync(LabName, "--node", node.Index.ToString(CultureInfo.InvariantCulture), action);

    protected override void OnUp()
    {
        Nodes = [.. Enumerable.Range(1, 3).Select(i => NodeFromEnv($"NODE{i}"))];
        Remote = NodeFromEnv("REMOTE");
    }

    private LabNode NodeFromEnv(string prefix)
    {
        var name = Value(prefix + "_NAME");
        var runner = new NamespacedRunner(new LocalProcessRunner(), $"lab {name}", Value(prefix + "_NETNS_PATH"),
            Value(prefix + "_MNT_NS"), Value(prefix + "_UTS_NS"), Value(prefix + "_IPC_NS"));
        return new LabNode(name, int.Parse(Value(prefix + "_INDEX"), CultureInfo.InvariantCulture), Value(prefix + "_ADDRESS"), runner);
    }
}
