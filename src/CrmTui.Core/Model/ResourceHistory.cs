using System.Collections.Immutable;
using System.Globalization;

namespace CrmTui.Core.Model;

/// <summary>A <c>resource_history</c>: one resource's operations and failure counters on a node.</summary>
public sealed record ResourceHistory
{
    public string Id { get; init; } = "";
    public bool Orphan { get; init; }
    public int? MigrationThreshold { get; init; }

    /// <summary>Raw fail count; <c>1000000</c> means INFINITY.</summary>
    public string? FailCount { get; init; }
    public CrmTime? LastFailure { get; init; }
    public ImmutableArray<OperationRecord> Operations { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    /// <summary><see cref="FailCount"/> as a number (INFINITY is 1000000), 0 when absent or unreadable.</summary>
    public int FailCountValue =>
        FailCount is null ? 0
        : FailCount is "INFINITY" or "+INFINITY" ? 1_000_000
        : int.TryParse(FailCount, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
