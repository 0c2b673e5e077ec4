using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// <c>summary/cluster_options</c> as of API 2.25. Newer crm_mon (3.x) adds
/// <c>fencing-enabled</c>/<c>fencing-timeout-ms</c>; those land in <see cref="Extra"/>.
/// </summary>
public sealed record ClusterOptions
{
    public bool StonithEnabled { get; init; }
    public bool SymmetricCluster { get; init; }

    /// <summary>Raw policy: <c>stop</c>, <c>ignore</c>, <c>freeze</c>, <c>suicide</c>, <c>demote</c>, …</summary>
    public string NoQuorumPolicy { get; init; } = "";
    public bool MaintenanceMode { get; init; }
    public bool StopAllResources { get; init; }
    public long StonithTimeoutMs { get; init; }
    public long PriorityFencingDelayMs { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    public TimeSpan StonithTimeout => TimeSpan.FromMilliseconds(StonithTimeoutMs);
    public TimeSpan PriorityFencingDelay => TimeSpan.FromMilliseconds(PriorityFencingDelayMs);
}
