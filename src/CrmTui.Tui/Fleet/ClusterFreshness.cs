using CrmTui.Core.Health;
using CrmTui.Tui.App;
using CrmTui.Tui.Presentation;

namespace CrmTui.Tui.Fleet;

/// <summary>How fresh one cluster's data is, as the fleet judges it: waiting for the first status,
/// fresh, or stale (the last fetch failed, or none arrived within the member's stale limit).</summary>
public sealed record ClusterFreshness(bool HasData, bool Stale, string Text, string? Problem)
{
    public static ClusterFreshness Of(UiState cluster, FleetState fleet, FleetMember member)
    {
        if (cluster.SnapshotAt is not { } at)
        {
            var waited = fleet.Now - fleet.StartedAt;
            if (cluster.PollError is { } error)
            {
                return new ClusterFreshness(false, true, "no data", $"unreachable: {error}");
            }
            return waited >= member.StaleAfter
                ? new ClusterFreshness(false, true, "no data", $"no answer for {Ages.Format(waited)}")
                : new ClusterFreshness(false, false, "waiting", null);
        }
        var age = fleet.Now - at;
        if (cluster.PollError is { } failed)
        {
            return new ClusterFreshness(true, true, Ages.Format(age), $"stale, data {Ages.Format(age)} old: {failed}");
        }
        return age >= member.StaleAfter
            ? new ClusterFreshness(true, true, Ages.Format(age), $"no update for {Ages.Format(age)}")
            : new ClusterFreshness(true, false, Ages.Format(age), null);
    }

    /// <summary>Stale or missing data is critical: whatever the last verdict said, nobody knows the cluster's state now.</summary>
    public static HealthLevel ProblemLevel => HealthLevel.Critical;
}
