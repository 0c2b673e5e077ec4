using System.Collections.Immutable;
using CrmTui.Core.Health;
using CrmTui.Tui.App;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// The fleet's state, immutable: one full dashboard state per cluster (so drilling in shows
/// that cluster's own views, events and selection, kept while you are elsewhere), the health
/// verdict of each cluster's latest snapshot, when each problem was first seen, and the overview's
/// cursor. Only the fleet loop's thread holds it.
/// </summary>
public sealed record FleetState
{
    public TerminalSize Size { get; init; } = new(80, 24);
    public DateTimeOffset Now { get; init; }

    /// <summary>When the fleet started watching: a cluster that has said nothing since then for
    /// longer than the stale limit is reported as not answering.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>The clusters, in configuration order.</summary>
    public ImmutableArray<FleetMember> Members { get; init; } = [];

    /// <summary>Each cluster's own dashboard state, by name.</summary>
    public ImmutableDictionary<string, UiState> Clusters { get; init; } = ImmutableDictionary<string, UiState>.Empty;

    /// <summary>The <c>check</c> verdict on each cluster's latest snapshot (none before the first).</summary>
    public ImmutableDictionary<string, HealthReport> Health { get; init; } = ImmutableDictionary<string, HealthReport>.Empty;

    /// <summary>Problem key (see <see cref="FleetProblems"/>) → when the fleet first saw it.</summary>
    public ImmutableDictionary<string, DateTimeOffset> ProblemSince { get; init; } = ImmutableDictionary<string, DateTimeOffset>.Empty;

    /// <summary>The cluster whose dashboard is shown; null: the fleet overview.</summary>
    public string? Focused { get; init; }

    public FleetPane Pane { get; init; } = FleetPane.Clusters;
    public int ClusterRow { get; init; }
    public int ProblemRow { get; init; }

    /// <summary>The overview's <c>:</c> command line, while open.</summary>
    public PromptState? Prompt { get; init; }
    public string? PromptNote { get; init; }
    public TextSpan? Status { get; init; }
    public bool QuitRequested { get; init; }

    public UiState? ClusterState(string name) => Clusters.GetValueOrDefault(name);

    public FleetMember? Member(string name) =>
        Members.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    /// <summary>The fleet at start: every cluster waiting for its first status.</summary>
    public static FleetState Start(IEnumerable<FleetMember> members, DateTimeOffset now, TerminalSize size, Func<FleetMember, string?>? host = null)
    {
        var list = members.ToImmutableArray();
        var names = list.Select(m => m.Name).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ArgumentException("cluster names in a fleet must be unique", nameof(members));
        }
        return new FleetState
        {
            Size = size,
            Now = now,
            StartedAt = now,
            Members = list,
            Clusters = list.ToImmutableDictionary(m => m.Name, m => new UiState { Size = size, Now = now, Host = host?.Invoke(m) }, StringComparer.Ordinal),
        };
    }
}
