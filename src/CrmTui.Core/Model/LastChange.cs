using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary><c>summary/last_change</c>: the last CIB change. User, client and origin are often empty.</summary>
public sealed record LastChange
{
    public CrmTime Time { get; init; } = CrmTime.Parse("");
    public string User { get; init; } = "";
    public string Client { get; init; } = "";
    public string Origin { get; init; } = "";
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
