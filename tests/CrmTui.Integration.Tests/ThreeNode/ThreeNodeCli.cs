using System.Globalization;
using CrmTui.Integration.Tests.Cli;
using CrmTui.Integration.Tests.Lab;

namespace CrmTui.Integration.Tests.ThreeNode;

/// <summary>crmtui's verbs against the three-node lab through the real ssh client, all three
/// hosts given (the cluster profile the dashboard uses: failover in this order).</summary>
internal static class ThreeNodeCli
{
    public static string[] TargetArgs(ThreeNodeLab lab) =>
    [
        .. lab.Nodes.SelectMany(n => new[] { "--host", n.Address }),
        "--ssh-user", lab.SshUser, "--ssh-port", lab.SshPort.ToString(CultureInfo.InvariantCulture),
        "--identity", lab.IdentityFile, "--ssh-config", "none",
        "--ssh-option", $"UserKnownHostsFile={lab.KnownHostsFile}", "--ssh-option", "GlobalKnownHostsFile=/dev/null",
        "--ssh-option", "StrictHostKeyChecking=yes", "--ssh-option", "IdentitiesOnly=yes",
    ];

    /// <summary><c>crmtui check</c> (the Nagios plugin verb) against the lab.</summary>
    public static async Task<CliRun.Result> CheckAsync(ThreeNodeLab lab)
    {
        using var cli = CliRun.Real();
        return await cli.RunAsync(["check", .. TargetArgs(lab)]);
    }
}
