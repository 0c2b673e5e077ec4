namespace CrmTui.Core.Diff;

/// <summary>The per-item state compared for managed and target-role events, with the parent item's key.</summary>
internal sealed record ItemState(string? Parent, bool Managed, string? TargetRole);
