using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// One child of <c>pacemaker-result</c>, in document order: which sections were present (an
/// empty <c>node_history</c> is not the same as none), attributes on the section element itself
/// (e.g. <c>fence_history@status</c>) and unknown children of the section. A top-level element
/// the parser does not know is a section whose <see cref="Raw"/> holds it whole.
/// </summary>
public sealed record DocumentSection
{
    public string Name { get; init; } = "";
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    /// <summary>Set only for a top-level element the parser does not know.</summary>
    public RawElement? Raw { get; init; }
}
