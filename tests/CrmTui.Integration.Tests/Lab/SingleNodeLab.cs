using System.Collections.Immutable;
using System.Globalization;
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
/// <para>Lab names are slots <c>it1</c>…<c>it8</c>: a slot whose owner (the test process that
/// started it) is alive is skipped, so concurrent <c>dotnet test</c> runs on one machine get
/// separate labs; a slot left by a killed run is recognised by its marker and replaced. A
/// watchdog started by lab-up.sh removes the lab when this process dies without disposing.</para>
/// <para>Use <see cref="EnsureUp"/> first in every test; see <see cref="LabFactAttribute"/> for
/// how an unavailable lab is reported.</para>
/// </remarks>
public sealed class SingleNodeLab : IAsyncLifetime
{
    private const int Slots = 8;
    private const int ExitBusy = 3;
    private static readonly TimeSpan s_upTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan s_downTimeout = TimeSpan.FromMinutes(1);

    private readonly LocalProcessRunner _host = new();
    private ImmutableDictionary<string, string> _env = ImmutableDictionary<string, string>.Empty;
    private ICommandRunner? _runner;

    /// <summary>Why the lab is not up (one or more sentences, with the bring-up log when it
    /// failed); null when it is up.</summary>
    public string? SkipReason { get; private set; } = "the lab has not been started yet";

    /// <summary>What lab-up.sh wrote on stderr while starting the lab (progress, or the dump of
    /// logs when it failed).</summary>
    public string StartLog { get; private set; } = "";

    public string LabName => Value("LAB_NAME");
    /// <summary>The corosync cluster name, which Pacemaker copies into its <c>cluster-name</c> property.</summary>
    public string ClusterName => $"crmtui-{LabName}";
    public string NodeName => Value("NODE_NAME");
    /// <summary>The node's address, reachable from the host over the lab's veth pair.</summary>
    public string NodeAddress => Value("NODE_ADDRESS");
    /// <summary>The host's end of the veth pair.</summary>
    public string HostAddress => Value("HOST_ADDRESS");
    public int SshPort => int.Parse(Value("SSH_PORT"), CultureInfo.InvariantCulture);
    public string SshUser => Value("SSH_USER");
    /// <summary>Private key (ed25519, no passphrase) that root@<see cref="NodeAddress"/> accepts.</summary>
    public string IdentityFile => Value("IDENTITY_FILE");
    /// <summary>A known_hosts file listing the lab sshd's generated host key for <see cref="NodeAddress"/>.</summary>
    public string KnownHostsFile => Value("KNOWN_HOSTS_FILE");
    /// <summary>Bring-up time as measured by lab-up.sh (namespaces to every resource started).</summary>
    public TimeSpan BringUpTime => TimeSpan.FromSeconds(double.Parse(Value("BRINGUP_SECONDS"), CultureInfo.InvariantCulture));
    /// <summary>PSS of the lab's processes plus its tmpfs usage, right after bring-up.</summary>
    public long MemoryKib => long.Parse(Value("MEMORY_KIB"), CultureInfo.InvariantCulture);

    /// <summary>Runs an argv inside the lab node's namespaces, where crm_mon, crm_resource … talk
    /// to the lab's Pacemaker (the local transport into the lab).</summary>
    public ICommandRunner Runner => _runner ?? throw Unavailable();

    /// <summary>Throws, failing the test with <see cref="SkipReason"/>, unless the lab is up.</summary>
    public void EnsureUp()
    {
        if (SkipReason is not null)
            throw Unavailable();
    }

    /// <summary>Stops Pacemaker on the node (<c>pacemakerd --shutdown</c>, waits until its
    /// daemons are gone); corosync and sshd keep running, so crm_mon then reports that Pacemaker
    /// is not running. Tests that call it call <see cref="StartPacemakerAsync"/> in a finally.</summary>
    public Task StopPacemakerAsync() => NodeScriptAsync("stop-pacemaker");

    /// <summary>Starts Pacemaker again and waits until a DC is elected (resources may still be
    /// starting when this returns).</summary>
    public Task StartPacemakerAsync() => NodeScriptAsync("start-pacemaker");

    private async Task NodeScriptAsync(string action)
    {
        var command = CommandLine.Of(Path.Combine(LabPaths.ScriptsDirectory!, "lab-node.sh"), LabName, action)
            .WithTimeout(TimeSpan.FromSeconds(90));
        var result = await _host.RunAsync(command).ConfigureAwait(false);
        if (!result.Succeeded)
            throw new InvalidOperationException($"lab-node.sh {LabName} {action} exited {result.ExitCode}: {result.Stderr.Trim()}");
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
            var name = $"it{slot}";
            var up = CommandLine.Of(Path.Combine(scripts, "lab-up.sh"),
                    "--owner-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), name)
                .WithTimeout(s_upTimeout);
            CommandResult result;
            try
            {
                result = await _host.RunAsync(up).ConfigureAwait(false);
            }
            catch (TransportException ex)
            {
                // Killed at the timeout: its own cleanup did not run, so remove what it left.
                await DownAsync(name).ConfigureAwait(false);
                SkipReason = $"lab-up.sh {name} did not finish: {ex.Message}";
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
                SkipReason = $"lab-up.sh {name} failed with exit code {result.ExitCode}:\n{result.Stderr.Trim()}";
                return;
            }
            _env = LabEnvFile.Parse(result.Stdout);
            SkipReason = null;
            _runner = new NamespacedRunner(_host, $"lab {NodeName}", Value("NETNS_PATH"),
                Value("MNT_NS"), Value("UTS_NS"), Value("IPC_NS"));
            return;
        }
        SkipReason = $"all {Slots} lab slots are in use by live test runs:\n{string.Join('\n', busy)}";
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

    private string Value(string key)
    {
        EnsureUp();
        return LabEnvFile.Require(_env, key);
    }

    private InvalidOperationException Unavailable() => new($"lab unavailable: {SkipReason}");
}
