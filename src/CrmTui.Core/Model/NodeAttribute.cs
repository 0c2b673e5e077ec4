using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>A <c>node_attributes/node/attribute</c>, with the owning node's name filled in.</summary>
public sealed record NodeAttribute
{
    public string Node { get; init; } = "";
    public string Name { get; init; } = "";
    public string Value { get; init; } = "";

    /// <summary>The expected value shown next to some (ping) attributes, raw.</summary>
    public string? Expected { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
