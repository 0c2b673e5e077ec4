using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>A <c>resource/node</c> element: a node the primitive is active on.</summary>
public sealed record ResourceNode
{
    public string Name { get; init; } = "";
    public string Id { get; init; } = "";
    public bool Cached { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
