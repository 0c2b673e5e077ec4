using System.Collections.Immutable;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.Commands;

/// <summary>The two ways into the lab the command tests take: its local namespace runner, and
/// the real ssh client to the lab's sshd (host key checking on, the user's config ignored).</summary>
internal static class LabTransports
{
    public const string Local = "local";
    public const string Ssh = "ssh";

    /// <summary>A runner for <paramref name="transport"/>; dispose it when done (closes the ssh master).</summary>
    public static (ICommandRunner Runner, IAsyncDisposable? Owned) Open(SingleNodeLab lab, string transport)
    {
        if (transport == Local)
            return (lab.Runner, null);
        var ssh = new SshCommandRunner(new SshTarget(lab.NodeAddress)
        {
            User = lab.SshUser,
            Port = lab.SshPort,
            IdentityFile = lab.IdentityFile,
            ConfigFile = "none",
            ExtraOptions = ImmutableArray.Create(
                $"UserKnownHostsFile={lab.KnownHostsFile}", "GlobalKnownHostsFile=/dev/null",
                "StrictHostKeyChecking=yes", "IdentitiesOnly=yes"),
        });
        return (ssh, ssh);
    }
}
