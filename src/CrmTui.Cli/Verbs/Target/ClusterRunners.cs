using CrmTui.Commands.Status;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs.Target;

/// <summary>
/// The real runner for a <see cref="ClusterTarget"/>: the local process runner; one ssh runner
/// for one host; for several hosts, ssh runners behind a <see cref="FailoverRunner"/> whose
/// probe is "this crm_mon command answers there".
/// </summary>
public static class ClusterRunners
{
    /// <param name="target">Where the cluster is.</param>
    /// <param name="probe">The crm_mon command that decides whether a host can serve; null:
    /// plain <c>crm_mon --output-as=xml</c> with the target's timeout.</param>
    /// <param name="ssh">Makes the runner for one host; null: the system ssh client
    /// (<see cref="SshCommandRunner"/>). Tests give one whose ssh client is a recorder.</param>
    public static ICommandRunner Create(ClusterTarget target, CommandLine? probe = null, Func<SshTarget, ICommandRunner>? ssh = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ssh ??= host => new SshCommandRunner(host);
        if (target.IsLocal)
            return new LocalProcessRunner();
        if (target.Hosts.Length == 1)
            return ssh(target.SshTargetFor(target.Hosts[0]));

        probe ??= ClusterStatusQuery.BuildCommand(new StatusQueryOptions(Timeout: target.Timeout));
        var hosts = target.Hosts.Select(host => ssh(target.SshTargetFor(host)));
        var options = new FailoverOptions
        {
            ProbeTimeout = target.Timeout,
            Budget = target.Timeout * target.Hosts.Length + TimeSpan.FromSeconds(5),
            // Only a read may be sent again to the next host: an action that failed at the
            // transport may already have taken effect.
            MayRetry = command => command.Program == "crm_mon",
            // A host whose Pacemaker stopped still answers ssh; its crm_mon refusing is what
            // says it can no longer serve, so the next host is asked instead.
            JudgeResult = (command, result) => command.Program != "crm_mon" ? HostVerdict.Ok : Judge(result, "the serving host"),
        };
        return new FailoverRunner(hosts, async (host, cancellationToken) =>
        {
            var result = await host.RunAsync(probe, cancellationToken).ConfigureAwait(false);
            return Judge(result, host.Target);
        }, options);
    }

    private static HostVerdict Judge(CommandResult result, string host)
    {
        var status = ClusterStatusQuery.Interpret(result, host);
        return status.Succeeded ? HostVerdict.Ok : HostVerdict.Down(status.Error ?? "crm_mon did not answer");
    }

    /// <summary>
    /// Which host served and why, when it is not simply the first host: "served by ssh n2: ssh
    /// n1: connection refused; ssh n2 answered". Null for a single host or the first answering.
    /// </summary>
    public static string? FailoverNote(ICommandRunner runner)
    {
        if (runner is not FailoverRunner { Current: { } current } failover || failover.History.IsEmpty)
            return null;
        if (failover.History.Count == 1 && ReferenceEquals(current, failover.Hosts[0]))
            return null;
        return $"served by {current.Target}: {failover.History[^1].Reason}";
    }
}
