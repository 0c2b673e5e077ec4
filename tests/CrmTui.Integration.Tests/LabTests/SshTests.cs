using System.Globalization;
using System.Runtime.Versioning;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.LabTests;

/// <summary>The lab's sshd, reached with the system ssh client, the fixture's key and its
/// known_hosts — and host key checking left on.</summary>
[Collection(LabCollection.Name)]
public sealed class SshTests(SingleNodeLab lab, ITestOutputHelper output)
{
    private readonly LocalProcessRunner _host = new();

    [LabFact]
    public async Task Ssh_with_the_lab_key_and_known_hosts_logs_in_under_strict_host_key_checking()
    {
        lab.EnsureUp();

        var result = await SshAsync(lab.KnownHostsFile, "hostname");

        Assert.True(result.Succeeded, $"ssh exited {result.ExitCode}: {result.Stderr}");
        Assert.Equal(lab.NodeName, result.Stdout.Trim());
    }

    [LabFact]
    public async Task A_command_run_over_ssh_talks_to_the_lab_cluster()
    {
        lab.EnsureUp();

        var result = await SshAsync(lab.KnownHostsFile, "crm_attribute", "--type", "crm_config", "--name", "cluster-name", "--query", "--quiet");

        Assert.True(result.Succeeded, $"ssh exited {result.ExitCode}: {result.Stderr}");
        Assert.Equal(lab.ClusterName, result.Stdout.Trim());
    }

    [LabFact]
    public async Task Ssh_refuses_the_lab_when_known_hosts_does_not_list_its_key()
    {
        lab.EnsureUp();
        var emptyKnownHosts = Path.GetTempFileName();
        try
        {
            var result = await SshAsync(emptyKnownHosts, "hostname");

            output.WriteLine(result.Stderr);
            Assert.Equal(255, result.ExitCode);
            Assert.Contains("Host key verification failed", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(emptyKnownHosts);
        }
    }

    [LabFact]
    [SupportedOSPlatform("linux")]
    public void The_client_key_is_private_to_its_owner()
    {
        lab.EnsureUp();

        // ssh ignores an identity file others can read; the fixture must hand out a usable one.
        var mode = File.GetUnixFileMode(lab.IdentityFile);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    private Task<CommandResult> SshAsync(string knownHosts, params string[] remote)
    {
        // -F /dev/null: the user's ~/.ssh/config must not change what this test proves.
        string[] ssh =
        [
            "ssh", "-F", "/dev/null", "-i", lab.IdentityFile, "-o", "IdentitiesOnly=yes",
            "-o", $"UserKnownHostsFile={knownHosts}", "-o", "GlobalKnownHostsFile=/dev/null",
            "-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes", "-o", "ConnectTimeout=5",
            "-p", lab.SshPort.ToString(CultureInfo.InvariantCulture), "-l", lab.SshUser, "--", lab.NodeAddress,
        ];
        return _host.RunAsync(CommandLine.Of([.. ssh, .. remote]).WithTimeout(TimeSpan.FromSeconds(30)));
    }
}
