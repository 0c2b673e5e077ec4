using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>The <c>summary</c> section. Each child element is optional in the schema, hence nullable.</summary>
public sealed record ClusterSummary
{
    public ClusterStack? Stack { get; init; }
    public CurrentDc? CurrentDc { get; init; }
    public LastUpdate? LastUpdate { get; init; }
    public LastChange? LastChange { get; init; }
    public NodesConfigured? NodesConfigured { get; init; }
    public ResourcesConfigured? ResourcesConfigured { get; init; }
    public ClusterOptions? Options { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    /// <summary>True when a DC is present and says it has quorum.</summary>
    public bool HasQuorum => CurrentDc is { Present: true, WithQuorum: true };
}
