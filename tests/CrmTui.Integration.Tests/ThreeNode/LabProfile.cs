using CrmTui.Cli.Verbs.Target;
using CrmTui.Integration.Tests.Lab;

namespace CrmTui.Integration.Tests.ThreeNode;

/// <summary>The cluster profile a user would write for the three-node lab: the hosts over ssh,
/// key-only, strict host keys from the lab's own known_hosts, nothing from ~/.ssh/config.</summary>
internal static class LabProfile
{
    public static ClusterTarget Target(ThreeNodeLab lab, IReadOnlyList<LabNode> hostOrder)
    {
        IReadOnlyList<LabNode> hosts = hostOrder.Count > 0 ? hostOrder : lab.Nodes;
        return new ClusterTarget
        {
            Hosts = [.. hosts.Select(h => h.Address)],
            SshUser = lab.SshUser,
            SshPort = lab.SshPort,
            Identity = lab.IdentityFile,
            SshConfig = "none",
            SshOptions = [$"UserKnownHostsFile={lab.KnownHostsFile}", "GlobalKnownHostsFile=/dev/null", "StrictHostKeyChecking=yes", "IdentitiesOnly=yes"],
            Timeout = TimeSpan.FromSeconds(4),
        };
    }
}
