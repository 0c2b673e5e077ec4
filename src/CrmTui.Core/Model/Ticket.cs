using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>A <c>tickets/ticket</c>. Newer schemas make status and standby optional and allow any extra attribute.</summary>
public sealed record Ticket
{
    public string Id { get; init; } = "";

    /// <summary>Raw status: <c>granted</c> or <c>revoked</c>.</summary>
    public string? Status { get; init; }
    public bool? Standby { get; init; }
    public CrmTime? LastGranted { get; init; }
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    public bool Granted => Status == "granted";
}
