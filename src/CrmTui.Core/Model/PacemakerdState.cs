using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>The <c>pacemakerd</c> health element (live nodes only), per pacemakerd-health-2.25.rng.</summary>
public sealed record PacemakerdState
{
    /// <summary>Raw state, e.g. <c>running</c>, <c>starting_daemons</c>, <c>shutting_down</c>.</summary>
    public string State { get; init; } = "";
    public string? SysFrom { get; init; }
    public CrmTime? LastUpdated { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    public bool IsRunning => State == "running";
}
