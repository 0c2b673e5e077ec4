using System.Collections.Immutable;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs.Target;

/// <summary>
/// Which cluster a verb talks to: the local node when <see cref="Hosts"/> is empty, else the
/// hosts over ssh in failover order, with the ssh settings every host shares.
/// </summary>
public sealed record ClusterTarget
{
    public ImmutableArray<string> Hosts { get; init; } = [];
    public string? SshUser { get; init; }
    public int? SshPort { get; init; }
    public string? Identity { get; init; }

    /// <summary>A jump host for <c>ssh -J</c> (<c>[user@]host[:port]</c>), from a configured cluster.</summary>
    public string? JumpHost { get; init; }

    /// <summary>An ssh_config file for <c>ssh -F</c> (also used for ProxyJump hops).</summary>
    public string? SshConfig { get; init; }

    /// <summary>Extra <c>ssh -o</c> options, e.g. <c>UserKnownHostsFile=…</c>.</summary>
    public ImmutableArray<string> SshOptions { get; init; } = [];

    /// <summary>Run the tools through <c>sudo -n</c> on the remote host.</summary>
    public bool Sudo { get; init; }

    /// <summary>How long crm_mon may take (also the failover probe's limit).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public bool IsLocal => Hosts.IsEmpty;

    /// <summary>A name for messages and the audit log: <c>local</c>, or the hosts in order.</summary>
    public string Label => IsLocal ? "local" : string.Join(", ", Hosts);

    /// <summary>The ssh settings for one of <see cref="Hosts"/>.</summary>
    public SshTarget SshTargetFor(string host) => new(host)
    {
        User = SshUser,
        Port = SshPort,
        IdentityFile = Identity,
        JumpHost = JumpHost,
        ConfigFile = SshConfig,
        ExtraOptions = SshOptions,
        Sudo = Sudo,
    };
}
