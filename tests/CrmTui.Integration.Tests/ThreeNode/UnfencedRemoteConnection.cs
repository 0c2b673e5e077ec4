using System.Xml.Linq;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.ThreeNode;

/// <summary>
/// For one scenario, remote1's connection configured as an operator's cluster is when losing it
/// must not fence the remote node, so its failure stays until someone cleans it up; undone by
/// <see cref="DisposeAsync"/> (the lab's own definition of <c>remote1</c> is put back as it was).
/// </summary>
/// <remarks>
/// What Pacemaker 2.1.5 does, measured on the lab and as its scheduler documents it (a remote
/// connection's monitor has the internal default on-fail "reset_remote": "fence remote node
/// (default)" when stonith-enabled; an explicit on-fail replaces it):
/// <list type="bullet">
/// <item>on-fail unset: every failed connection monitor fences remote1, and the fencing clears the failure;</item>
/// <item><c>reconnect_interval</c> set: the failure is cleared by itself once that interval has passed
/// (ocf:pacemaker:remote: "the cluster will attempt to reconnect … at this interval");</item>
/// <item>with resources active on remote1, a failed connection fences it whatever on-fail says
/// ("remote1 will be fenced: group1-a is thought to be active there"): so remote1 is drained
/// (standby) first, as an operator would before touching it;</item>
/// <item>a pacemaker-remoted stopped with SIGTERM first asks for its connection to be shut down, and a
/// connection that fails while shutting down is "unrecoverable" and fenced: the fault used with this
/// configuration is a crash (<see cref="ThreeNodeLab.KillRemotedAsync"/>).</item>
/// </list>
/// So: remote1 in standby, the connection's monitor <c>on-fail=restart</c>, no <c>reconnect_interval</c>.
/// The connection's start then retries until pacemaker-remoted answers again (within the start timeout),
/// remote1 comes back on its own, and the failed monitor stays listed until a cleanup.
/// </remarks>
internal sealed class UnfencedRemoteConnection : IAsyncDisposable
{
    private static readonly TimeSpan s_command = TimeSpan.FromSeconds(30);
    private readonly ThreeNodeLab _lab;
    private readonly ITestOutputHelper _output;
    private readonly string _original;

    private UnfencedRemoteConnection(ThreeNodeLab lab, ITestOutputHelper output, string original)
    {
        _lab = lab;
        _output = output;
        _original = original;
    }

    /// <summary>Drains remote1 (standby), then replaces its connection's definition; returns once
    /// nothing runs on remote1 and remote1 is online again with the new definition.</summary>
    public static async Task<UnfencedRemoteConnection> ApplyAsync(ThreeNodeLab lab, ITestOutputHelper output, TimeSpan timeout)
    {
        var original = (await RunAsync(lab, output, "cibadmin", "--query", "--xpath", $"//primitive[@id='{lab.Remote.Name}']")).Stdout.Trim();
        var applied = new UnfencedRemoteConnection(lab, output, original);
        try
        {
            await RunAsync(lab, output, "crm_attribute", "--node", lab.Remote.Name, "--name", "standby", "--update", "on");
            await applied.WaitAsync("remote1 drained", xml => Drained(xml, lab.Remote.Name), timeout);
            await RunAsync(lab, output, "cibadmin", "--replace", "--scope", "resources", "--xml-text", Unfenced(original));
            await applied.WaitAsync("remote1 online with the new connection definition",
                xml => Drained(xml, lab.Remote.Name) && RemoteOnline(xml, lab.Remote.Name), timeout);
            // The connection reloads with the new definition and its recurring monitor restarts with it:
            // a failure of the old monitor would carry the old definition's digest, and the scheduler
            // clears such a failure by itself ("resource definition change"). So: nothing left to do first.
            await lab.WaitIdleAsync(timeout, "the remote1 connection's new definition");
            return applied;
        }
        catch
        {
            await applied.DisposeAsync();
            throw;
        }
    }

    /// <summary>The connection's definition with its monitor's on-fail=restart and without reconnect_interval.</summary>
    public static string Unfenced(string primitive)
    {
        var p = XElement.Parse(primitive);
        p.Descendants("nvpair").Where(n => (string?)n.Attribute("name") == "reconnect_interval").Remove();
        foreach (var op in p.Descendants("op").Where(o => (string?)o.Attribute("name") == "monitor"))
            op.SetAttributeValue("on-fail", "restart");
        return p.ToString(SaveOptions.DisableFormatting);
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync(_lab, _output, "cibadmin", "--replace", "--scope", "resources", "--xml-text", _original);
        await RunAsync(_lab, _output, "crm_attribute", "--node", _lab.Remote.Name, "--name", "standby", "--delete");
    }

    private async Task WaitAsync(string what, Func<string, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var xml = "";
        while (DateTime.UtcNow < deadline)
        {
            var result = await RunAsync(_lab, _output, "crm_mon", "--output-as=xml");
            xml = result.Stdout;
            if (result.Succeeded && condition(xml))
                return;
            await Task.Delay(500);
        }
        Assert.Fail($"{what}: not within {timeout.TotalSeconds} s; last crm_mon:\n{xml}");
    }

    // No resource instance active on the remote node (the connection itself runs on a full node).
    private static bool Drained(string xml, string remote) =>
        !XDocument.Parse(xml).Descendants("resource").Any(r => (string?)r.Attribute("active") == "true"
            && r.Elements("node").Any(n => (string?)n.Attribute("name") == remote));

    private static bool RemoteOnline(string xml, string remote) =>
        XDocument.Parse(xml).Descendants("node").Any(n => n.Parent?.Name == "nodes" && (string?)n.Attribute("name") == remote
            && (string?)n.Attribute("online") == "true");

    // On the first full node that answers (the node runner, outside crmtui: this is the scenario's setup).
    private static async Task<CommandResult> RunAsync(ThreeNodeLab lab, ITestOutputHelper output, params string[] argv)
    {
        var errors = new List<string>();
        foreach (var node in lab.Nodes)
        {
            try
            {
                var result = await node.Runner.RunAsync(CommandLine.Of(argv).WithTimeout(s_command));
                if (argv[0] != "crm_mon")
                    output.WriteLine($"on {node.Name}: {string.Join(' ', argv.Take(4))} … -> {result.ExitCode} {result.Stderr.Trim()}");
                if (!result.Succeeded && argv[0] != "crm_mon")
                    throw new InvalidOperationException($"{string.Join(' ', argv)} on {node.Name} exited {result.ExitCode}: {result.Stderr.Trim()}");
                return result;
            }
            catch (TransportException ex)
            {
                errors.Add($"{node.Name}: {ex.Message}");
            }
        }
        throw new InvalidOperationException($"{string.Join(' ', argv)}: no node answered ({string.Join("; ", errors)})");
    }
}
