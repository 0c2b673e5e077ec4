using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary><c>summary/nodes_configured</c>.</summary>
public sealed record NodesConfigured
{
    public int Number { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
