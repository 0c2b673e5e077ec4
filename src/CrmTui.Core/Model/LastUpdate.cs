using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary><c>summary/last_update</c>: when crm_mon produced the output (volatile; ignore when comparing).</summary>
public sealed record LastUpdate
{
    public CrmTime Time { get; init; } = CrmTime.Parse("");
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
