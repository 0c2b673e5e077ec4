using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>A <c>node_history/node</c>: the resource operation history recorded for one node.</summary>
public sealed record NodeHistory
{
    public string Node { get; init; } = "";
    public ImmutableArray<ResourceHistory> Resources { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
