using CrmTui.Core.Health;

namespace CrmTui.Tui.Fleet;

/// <summary>One line of the fleet's problems list: which cluster, how bad, what (the <c>check</c>
/// finding's words, or why there is no data), and since when the fleet has seen it.</summary>
public sealed record FleetProblem(string Cluster, HealthLevel Level, string Key, string What, DateTimeOffset Since);
