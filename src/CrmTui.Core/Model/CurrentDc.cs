using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// <c>summary/current_dc</c>. With no DC, crm_mon writes only <c>present="false"</c>, so
/// everything else is nullable. <see cref="Version"/> can be empty.
/// </summary>
public sealed record CurrentDc
{
    public bool Present { get; init; }
    public string? Name { get; init; }
    public string? Id { get; init; }
    public string? Version { get; init; }
    public bool? WithQuorum { get; init; }
    public bool? MixedVersion { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
