using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>An <c>operation_history</c> record. Times are only present with <c>--timing-details</c> (or by default on newer crm_mon).</summary>
public sealed record OperationRecord
{
    public int Call { get; init; }

    /// <summary>Raw task: <c>start</c>, <c>monitor</c>, <c>probe</c>, <c>asyncmon</c>, <c>cancel</c>, …</summary>
    public string Task { get; init; } = "";
    public int Rc { get; init; }
    public string RcText { get; init; } = "";
    public CrmDuration? Interval { get; init; }
    public CrmTime? LastRcChange { get; init; }
    public CrmTime? LastRun { get; init; }
    public CrmDuration? ExecTime { get; init; }
    public CrmDuration? QueueTime { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];
}
