using CrmTui.Commands.Status;
using CrmTui.Transport;

namespace CrmTui.Cli.Launch;

/// <summary>Asks this machine's crm_mon once: an operator on a cluster node expects <c>crmtui</c> to show that cluster.</summary>
public static class LocalClusterProbe
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task<LocalCluster> ProbeAsync(ICommandRunner runner, CancellationToken cancellationToken)
    {
        var result = await new ClusterStatusQuery(runner, new StatusQueryOptions(Timeout: Timeout)).QueryAsync(cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? LocalCluster.Answering : LocalCluster.NotAnswering(result.Error ?? "crm_mon did not answer");
    }
}
