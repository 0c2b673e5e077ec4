using System.Collections.Immutable;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// Where a status comes from: a saved crm_mon XML file, a CIB file run through the local
/// crm_mon, the hosts of a live cluster over ssh (failover order), or, when none is given, the
/// local crm_mon.
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
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where the status came from, for messages.</summary>
    public string Describe() =>
        XmlFile ?? (CibFile is not null ? $"crm_mon on CIB file {CibFile}" : Hosts.IsEmpty ? "local crm_mon" : string.Join(", ", Hosts));
}
