using System.Collections.Immutable;
using CrmTui.Core.Health;
using CrmTui.Tui.App;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// The fleet's state machine, pure like <see cref="Update"/>: a <see cref="ClusterMessage"/> goes
/// through <see cref="Update.Apply"/> on that cluster's state alone (so one cluster's data, errors
/// or silence never touch another's), keys go to <see cref="FleetKeys"/>, and after every message
/// the problems' "since" times are brought up to date.
/// </summary>
public static class FleetUpdate
{
    public static FleetResult Apply(FleetState state, UiMessage message, FleetContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        var result = message switch
        {
            ClusterMessage m => ToCluster(state, m.Cluster, m.Inner),
            KeyPressed k => FleetKeys.Apply(state, k.Key, context),
            TerminalResized r => new FleetResult(state with { Size = r.Size }, [new ClearScreen()]),
            ClockTick t => state with { Now = t.Now > state.Now ? t.Now : state.Now },
            _ => state,
        };
        var tracked = FleetProblems.Track(result.State);
        var problems = FleetProblems.For(tracked).Length;
        if (tracked.ProblemRow >= problems)
        {
            tracked = tracked with { ProblemRow = Math.Max(0, problems - 1) };
        }
        return result with { State = tracked };
    }

    /// <summary>Applies a message to one cluster's dashboard state; its effects come back tagged with
    /// the cluster (a quit or a clear screen is the fleet's own).</summary>
    public static FleetResult ToCluster(FleetState state, string name, UiMessage message)
    {
        if (state.Member(name) is not { } member || state.ClusterState(name) is not { } cluster)
        {
            return state;
        }
        var result = Update.Apply(cluster with { Now = state.Now, Size = state.Size }, message, member.Context);
        var next = state with { Clusters = state.Clusters.SetItem(name, result.State) };
        if (!ReferenceEquals(result.State.Snapshot, cluster.Snapshot) && result.State.Snapshot is { } snapshot)
        {
            next = next with { Health = next.Health.SetItem(name, HealthEvaluator.Evaluate(snapshot)) };
        }
        if (result.State.QuitRequested)
        {
            next = next with { QuitRequested = true };
        }
        return new FleetResult(next, [.. result.Effects.Select(e => e is QuitApp or ClearScreen ? e : new ClusterEffect(name, e))]);
    }

    /// <summary>When the fleet next needs a clock tick: ages on screen go stale every
    /// <see cref="FleetContext.AgeTick"/>, and a silent cluster must turn red when it crosses its own stale limit.</summary>
    public static TimeSpan NextTick(FleetState state, FleetContext context)
    {
        var due = context.AgeTick;
        foreach (var member in state.Members)
        {
            var since = state.ClusterState(member.Name)?.SnapshotAt ?? state.StartedAt;
            var left = since + member.StaleAfter - state.Now;
            if (left > TimeSpan.Zero && left < due)
            {
                due = left;
            }
        }
        return due;
    }
}
