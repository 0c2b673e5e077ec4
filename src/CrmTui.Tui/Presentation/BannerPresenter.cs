using System.Collections.Immutable;
using CrmTui.Tui.App;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>The conditions that deserve a full-width banner, from cluster options and the UI's own state.</summary>
public static class BannerPresenter
{
    public static ImmutableArray<Banner> For(UiState state)
    {
        var banners = ImmutableArray.CreateBuilder<Banner>();
        if (state.PollError is { } error)
        {
            var age = state.SnapshotAt is { } at ? $"data {Ages.Format(state.Now - at)} old" : "no data yet";
            banners.Add(new Banner(BannerLevel.Critical, $"Stale, {age}: {state.Host}: {error}"));
        }
        if (state.Snapshot is { } s)
        {
            var options = s.Summary?.Options;
            if (s.Summary?.CurrentDc is { Present: true } && !s.Summary.HasQuorum)
            {
                var policy = options?.NoQuorumPolicy is { Length: > 0 } p ? $" (no-quorum-policy={p})" : "";
                banners.Add(new Banner(BannerLevel.Critical, $"No quorum: this partition cannot run resources safely{policy}"));
            }
            if (options?.StopAllResources == true)
            {
                banners.Add(new Banner(BannerLevel.Critical, "stop-all-resources is set: the cluster stops every resource"));
            }
            if (options?.MaintenanceMode == true)
            {
                banners.Add(new Banner(BannerLevel.Warning, "Cluster maintenance mode: resources are not started, stopped or monitored"));
            }
            if (options is { StonithEnabled: false })
            {
                banners.Add(new Banner(BannerLevel.Warning, "STONITH is disabled: failed nodes are not fenced"));
            }
        }
        if (state.FailoverNotice is { } notice)
        {
            banners.Add(new Banner(BannerLevel.Info, notice));
        }
        if (state.Paused)
        {
            banners.Add(new Banner(BannerLevel.Info, state.Held is null ? "Updates paused (Z resumes)" : "Updates paused, newer data is waiting (Z resumes)"));
        }
        return banners.ToImmutable();
    }
}
