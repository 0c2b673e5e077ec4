using CrmTui.Cli.Verbs.Target;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// Where a status comes from: a saved crm_mon XML file, a CIB file run through crm_mon (locally,
/// or on the first answering host when hosts are given), or the cluster <see cref="Target"/>
/// (the local crm_mon, or the hosts of a live cluster over ssh in failover order).
/// </summary>
public sealed record StatusRequest
{
    public string? XmlFile { get; init; }
    public string? CibFile { get; init; }
    public ClusterTarget Target { get; init; } = new();

    /// <summary>Where the status came from, for messages.</summary>
    public string Describe() =>
        XmlFile ?? (CibFile is not null ? $"crm_mon on CIB file {CibFile}" : "crm_mon")
        + (XmlFile is null ? Target.IsLocal ? " (local)" : $" on {string.Join(", ", Target.Hosts)}" : "");
}
