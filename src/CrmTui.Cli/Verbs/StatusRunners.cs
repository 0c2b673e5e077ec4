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
                ConfigFile = request.SshConfig,
                ExtraOptions = request.SshOptions,
                Sudo = request.Sudo,
            }))
            .ToList();

        // The probe asks exactly what the request will ask (same CIB_file), so a host that
        // passes the probe can answer the real call.
        var probe = StatusFetcher.CommandFor(request);
        return new FailoverRunner(hosts, async (host, cancellationToken) =>
        {
            var result = await host.RunAsync(probe, cancellationToken).ConfigureAwait(false);
            var status = ClusterStatusQuery.Interpret(result, host.Target);
            return status.Succeeded ? HostVerdict.Ok : HostVerdict.Down(status.Error ?? "crm_mon did not answer");
        });
    }
}
