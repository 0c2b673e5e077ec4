using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// A real single-node Pacemaker cluster (corosync + pacemakerd, no systemd) with sshd, started
/// once per test run by <c>tests/lab/lab-up.sh</c> in namespaces of its own and stopped at the
/// end by <c>lab-down.sh</c>. Resources: Dummy primitives <c>dummy1</c> and <c>dummy2</c>, group
/// <c>group1</c> (<c>group1-a</c>, <c>group1-b</c>), anonymous clone <c>dummy-clone</c> of
/// <c>dummy-c</c>, and promotable clone <c>stateful-clone</c> of Stateful <c>stateful</c>.
/// </summary>
/// <remarks>
/// <para>Lab names are slots <c>it1</c>…<c>it8</c> (<see cref="LabFixture"/>). A watchdog started
/// by lab-up.sh removes the lab when this process dies without disposing.</para>
/// <para>Use <see cref="EnsureUp"/> first in every test; see <see cref="LabFactAttribute"/> for
/// how an unavailable lab is reported.</para>
/// </remarks>
public sealed class SingleNodeLab() : LabFixture("lab", "it", 8, [], TimeSpan.FromMinutes(4))
{
    private ICommandRunner? _runner;

    public string NodeName => Value("NODE_NAME");
    /// <summary>The node's address, reachable from the host over the lab's veth pair.</summary>
    public string NodeAddress => Value("NODE_ADDRESS");
    /// <summary>The host's end of the veth pair.</summary>
    public string HostAddress => Value("HOST_ADDRESS");

    /// <summary>Runs an argv inside the lab node's namespaces, where crm_mon, crm_resource … talk
    /// to the lab's Pacemaker (the local transport into the lab).</summary>
    public ICommandRunner Runner => _runner ?? throw Unavailable();

    /// <summary>Stops Pacemaker on the node (<c>pacemakerd --shutdown</c>, waits until its
    /// daemons are gone); corosync and sshd keep running, so crm_mon then reports that Pacemaker
    /// is not running. Tests that call it call <see cref="StartPacemakerAsync"/> in a finally.</summary>
    public Task StopPacemakerAsync() => LabScripts.NodeAsync(LabName, "stop-pacemaker");

    /// <summary>Starts Pacemaker again and waits until a DC is elected (resources may still be
    /// starting when this returns).</summary>
    public Task StartPacemakerAsync() => LabScripts.NodeAsync(LabName, "start-pacemaker");

    protected override void OnUp() =>
        _runner = new NamespacedRunner(new LocalProcessRunner(), $"lab {NodeName}", Value("NETNS_PATH"),
            Value("MNT_NS"), Value("UTS_NS"), Value("IPC_NS"));
}
