using CrmTui.Commands.Status;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// The real runners for a <see cref="StatusRequest"/>: the local process runner, or one ssh
/// runner per <c>--host</c> behind a failover runner whose probe is "crm_mon answers there".
/// </summary>
public static class StatusRunners
{
    public static ICommandRunner Create(StatusRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Hosts.IsEmpty)
        {
            return new LocalProcessRunner();
        }

        var hosts = request.Hosts
            .Select(host => (ICommandRunner)new SshCommandRunner(new SshTarget(host)
            {
                User = request.SshUser,
                Port = request.SshPort,
                IdentityFile = request.Identity,
                Sudo = request.Sudo,
            }))
            .ToList();
        return new FailoverRunner(hosts, ProbeAsync);
    }

    private static async Task<HostVerdict> ProbeAsync(ICommandRunner host, CancellationToken cancellationToken)
    {
        var status = await new ClusterStatusQuery(host).QueryAsync(cancellationToken).ConfigureAwait(false);
        return status.Succeeded ? HostVerdict.Ok : HostVerdict.Down(status.Error ?? "crm_mon did not answer");
    }
}
