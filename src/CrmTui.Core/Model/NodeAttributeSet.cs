using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>A <c>node_attributes/node</c>: one node's attributes in document order.</summary>
public sealed record NodeAttributeSet
{
    public string Node { get; init; } = "";
    public ImmutableArray<NodeAttribute> Attributes { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Model.Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
