using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.LabTests;

/// <summary>The lab lives in namespaces of its own: it sees nothing of the host's cluster state
/// and the host's Pacemaker tools do not see it.</summary>
[Collection(LabCollection.Name)]
public sealed class IsolationTests(SingleNodeLab lab, ITestOutputHelper output)
{
    private static readonly CommandLine s_clusterName =
        CommandLine.Of("crm_attribute", "--type", "crm_config", "--name", "cluster-name", "--query", "--quiet")
            .WithTimeout(TimeSpan.FromSeconds(20));

    [LabFact]
    public async Task The_host_pacemaker_tools_do_not_see_the_lab_cluster()
    {
        lab.EnsureUp();

        var inside = await lab.Runner.RunAsync(s_clusterName);
        var onHost = await new LocalProcessRunner().RunAsync(s_clusterName);

        Assert.Equal(lab.ClusterName, inside.Stdout.Trim());
        // The host may run no cluster at all (the tool fails) or one of its own (another name).
        output.WriteLine($"host: exit {onHost.ExitCode}, stdout '{onHost.Stdout.Trim()}', stderr '{onHost.Stderr.Trim()}'");
        Assert.False(onHost.Succeeded && onHost.Stdout.Trim() == lab.ClusterName,
            "the host's crm_attribute reached the lab's CIB: the lab's IPC is not isolated");
    }

    [LabFact]
    public async Task The_lab_network_has_only_loopback_and_the_node_address()
    {
        lab.EnsureUp();

        var result = await lab.Runner.RunAsync(CommandLine.Of("ip", "-o", "-4", "addr", "show"));

        var addresses = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3].Split('/')[0])
            .Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "127.0.0.1", lab.NodeAddress }.Order(StringComparer.Ordinal), addresses);
    }

    [LabFact]
    public async Task Cluster_state_directories_inside_the_lab_are_private_mounts()
    {
        lab.EnsureUp();
        string[] privateDirs = ["/run", "/dev/shm", "/root", "/etc/corosync", "/var/lib/corosync", "/var/lib/pacemaker"];

        var result = await lab.Runner.RunAsync(CommandLine.Of(["stat", "-f", "-c", "%T", .. privateDirs]));

        Assert.True(result.Succeeded, result.Stderr);
        Assert.Equal(privateDirs.Select(_ => "tmpfs"), result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [LabFact]
    public async Task The_lab_runs_in_other_mount_and_network_namespaces_than_the_test()
    {
        lab.EnsureUp();

        var inside = await lab.Runner.RunAsync(CommandLine.Of("readlink", "/proc/self/ns/mnt", "/proc/self/ns/net", "/proc/self/ns/uts"));
        var here = await new LocalProcessRunner().RunAsync(CommandLine.Of("readlink", "/proc/self/ns/mnt", "/proc/self/ns/net", "/proc/self/ns/uts"));

        var insideIds = inside.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var hereIds = here.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, insideIds.Length);
        Assert.All(insideIds.Zip(hereIds), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [LabFact]
    public async Task A_program_missing_inside_the_lab_is_reported_as_not_found()
    {
        lab.EnsureUp();

        var ex = await Assert.ThrowsAsync<TransportException>(
            () => lab.Runner.RunAsync(CommandLine.Of("crmtui-no-such-program-in-the-lab")));

        Assert.Equal(TransportFailure.ProgramNotFound, ex.Failure);
        Assert.Contains("crmtui-no-such-program-in-the-lab", ex.Message, StringComparison.Ordinal);
    }
}
