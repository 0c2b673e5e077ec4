using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>A <c>fence_history/fence_event</c>, per fence-event-2.15.rng.</summary>
public sealed record FenceEvent
{
    /// <summary>Raw action: <c>reboot</c>, <c>off</c>, <c>on</c>.</summary>
    public string Action { get; init; } = "";
    public string Target { get; init; } = "";
    public string Client { get; init; } = "";
    public string Origin { get; init; } = "";
    public string? Delegate { get; init; }

    /// <summary>Raw status: <c>success</c>, <c>failed</c> or <c>pending</c>.</summary>
    public string Status { get; init; } = "";
    public string? ExtendedStatus { get; init; }
    public string? ExitReason { get; init; }
    public CrmTime? Completed { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    public bool Succeeded => Status == "success";
    public bool IsFailed => Status == "failed";
    public bool IsPending => Status == "pending";
}
