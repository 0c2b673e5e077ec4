using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// A <c>bans/ban</c>: a negative location score from the constraints (not only -INFINITY).
/// <c>master_only</c> duplicates <c>promoted-only</c>; both are kept.
/// </summary>
public sealed record Ban
{
    public string Id { get; init; } = "";
    public string Resource { get; init; } = "";
    public string Node { get; init; } = "";

    /// <summary>The score; -1000000 is -INFINITY.</summary>
    public int Weight { get; init; }
    public bool PromotedOnly { get; init; }
    public bool? MasterOnly { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    public bool IsInfinite => Weight <= -1_000_000;
}
