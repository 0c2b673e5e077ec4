using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary><c>summary/resources_configured</c>: configured count with disabled and blocked counts.</summary>
public sealed record ResourcesConfigured
{
    public int Number { get; init; }
    public int Disabled { get; init; }
    public int Blocked { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
