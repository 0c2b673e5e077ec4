using System.Collections.Immutable;

namespace CrmTui.Core.Health;

/// <summary>The verdict on one snapshot: the worst level of its findings, the findings, and the counts.</summary>
public sealed record HealthReport(HealthLevel Level, ImmutableArray<HealthFinding> Findings, HealthCounts Counts, HealthThresholds Thresholds)
{
    /// <summary>The findings at a given level, in rule order.</summary>
    public IEnumerable<HealthFinding> At(HealthLevel level) => Findings.Where(f => f.Level == level);
}
