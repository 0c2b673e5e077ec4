using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Core.Health;
using CrmTui.Tui.App;
using CrmTui.Tui.Presentation;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// The fleet overview's two tables, pure: one row per cluster (the <c>check</c> verdict, nodes
/// online/total, resources active/total, failed actions, serving host, data age — red when stale —
/// and the CIB's last change), and the problems list (cluster, level, what, since).
/// </summary>
public static class FleetRows
{
    public static ImmutableArray<TableColumn> ClusterColumns { get; } =
    [
        new("Cluster", MinWidth: 7, MaxWidth: 24),
        new("Health", MinWidth: 12),
        new("Nodes", ColumnAlign.Right, MinWidth: 5),
        new("Resources", ColumnAlign.Right, MinWidth: 5),
        new("Failed", ColumnAlign.Right, MinWidth: 4),
        new("Serving host", MinWidth: 8, MaxWidth: 30),
        new("Data", ColumnAlign.Right, MinWidth: 4),
        new("Last change", MinWidth: 6),
    ];

    public static ImmutableArray<TableColumn> ProblemColumns { get; } =
    [
        new("Cluster", MinWidth: 7, MaxWidth: 24),
        new("Level", MinWidth: 4),
        new("Problem", MinWidth: 20),
        new("Since", ColumnAlign.Right, MinWidth: 5),
    ];

    public static ImmutableArray<TableRow> Clusters(FleetState state, FleetContext context) =>
        [.. state.Members.Select(m => ClusterRow(state, m, context))];

    public static TableRow ClusterRow(FleetState state, FleetMember member, FleetContext context)
    {
        var c = CultureInfo.InvariantCulture;
        var cluster = state.ClusterState(member.Name) ?? new UiState();
        var fresh = ClusterFreshness.Of(cluster, state, member);
        var report = state.Health.GetValueOrDefault(member.Name);
        var health = report is null
            ? new TextSpan(fresh.Stale ? "UNKNOWN" : "waiting", fresh.Stale ? StyleRole.Danger : StyleRole.Dim)
            : HeaderPresenter.Health(report);
        var cells = ImmutableArray.CreateBuilder<TextSpan>();
        cells.Add(new TextSpan(member.Name, StyleRole.Header));
        cells.Add(health);
        if (report?.Counts is { } n)
        {
            cells.Add(new TextSpan(string.Create(c, $"{n.NodesOnline}/{n.NodesConfigured}"), n.NodesOnline < n.NodesConfigured ? StyleRole.Failure : StyleRole.Text));
            cells.Add(new TextSpan(string.Create(c, $"{n.ResourcesActive}/{n.ResourceInstances}"), n.ResourcesStopped > 0 ? StyleRole.Failure : StyleRole.Text));
            cells.Add(new TextSpan(n.FailedActions.ToString(c), n.FailedActions > 0 ? StyleRole.Failure : StyleRole.Dim));
        }
        else
        {
            cells.AddRange(new TextSpan("-", StyleRole.Dim), new TextSpan("-", StyleRole.Dim), new TextSpan("-", StyleRole.Dim));
        }
        cells.Add(new TextSpan(cluster.Host ?? "-", cluster.SnapshotAt is null ? StyleRole.Dim : StyleRole.Text));
        cells.Add(new TextSpan(fresh.Text, fresh.Stale ? StyleRole.Danger : fresh.HasData ? StyleRole.Text : StyleRole.Dim));
        cells.Add(LastChange(cluster, state.Now));
        return new TableRow(member.Name, cells.ToImmutable());
    }

    public static ImmutableArray<TableRow> Problems(ImmutableArray<FleetProblem> problems, DateTimeOffset now) =>
        [.. problems.Select(p => new TableRow(p.Key,
        [
            new TextSpan(p.Cluster, StyleRole.Header),
            Level(p.Level),
            new TextSpan(p.What, p.Level >= HealthLevel.Critical ? StyleRole.Danger : StyleRole.Failure),
            new TextSpan(Ages.Format(now - p.Since), StyleRole.Dim),
        ]))];

    private static TextSpan Level(HealthLevel level) => level switch
    {
        HealthLevel.Critical => new TextSpan("CRIT", StyleRole.Danger),
        HealthLevel.Warning => new TextSpan("WARN", StyleRole.Failure),
        HealthLevel.Unknown => new TextSpan("UNKN", StyleRole.Dim),
        _ => new TextSpan("OK", StyleRole.Success),
    };

    // The CIB's own last-change stamp (crm_mon's "Last change"), as an age: what the operator
    // compares across clusters is "which one was touched a minute ago".
    private static TextSpan LastChange(UiState cluster, DateTimeOffset now)
    {
        if (cluster.Snapshot?.Summary?.LastChange is not { } change)
        {
            return new TextSpan("-", StyleRole.Dim);
        }
        if (change.Time.Value is not { } t)
        {
            return new TextSpan(change.Time.Raw, StyleRole.Dim);
        }
        var ago = now - t;
        var text = ago < TimeSpan.FromDays(1) ? $"{Ages.Format(ago)} ago" : t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new TextSpan(change.User.Length > 0 ? $"{text} by {change.User}" : text);
    }
}
