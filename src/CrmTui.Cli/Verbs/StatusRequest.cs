using System.Collections.Immutable;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// Where a status comes from: a saved crm_mon XML file, a CIB file run through crm_mon (locally,
/// or on the first answering host when hosts are given), the hosts of a live cluster over ssh
/// (failover order), or, when none is given, the local crm_mon.
/// </summary>
public sealed record StatusRequest
{
    public string? XmlFile { get; init; }
    public string? CibFile { get; init; }
    public ImmutableArray<string> Hosts { get; init; } = [];
    public string? SshUser { get; init; }
    public int? SshPort { get; init; }
    public string? Identity { get; init; }
    public bool Sudo { get; init; }

    /// <summary>An ssh_config file for <c>ssh -F</c> (also used for ProxyJump hops).</summary>
    public string? SshConfig { get; init; }

    /// <summary>Extra <c>ssh -o</c> options, e.g. <c>UserKnownHostsFile=…</c>.</summary>
    public ImmutableArray<string> SshOptions { get; init; } = [];
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where the status came from, for messages.</summary>
    public string Describe() =>
        XmlFile ?? (CibFile is not null ? $"crm_mon on CIB file {CibFile}" : "crm_mon")
        + (XmlFile is null ? Hosts.IsEmpty ? " (local)" : $" on {string.Join(", ", Hosts)}" : "");
}
