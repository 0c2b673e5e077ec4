namespace CrmTui.Core.Health;

/// <summary>One rule that fired: its level and a short operator-facing message naming what is wrong.</summary>
public sealed record HealthFinding(HealthRule Rule, HealthLevel Level, string Message);
