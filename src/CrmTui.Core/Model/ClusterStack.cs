using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary><c>summary/stack</c>: <c>corosync</c>, or <c>unknown</c> when the CIB names none.</summary>
public sealed record ClusterStack
{
    public string Type { get; init; } = "";
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
