using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Core.Health;
using CrmTui.Core.Model;
using CrmTui.Tui.App;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>The header's summary fields from the snapshot: stack, DC, quorum, counts, last change, data source and age.</summary>
public static class HeaderPresenter
{
    public static ImmutableArray<string> Tabs { get; } = ["Nodes", "Resources", "Failures", "Events", "Log"];

    public static HeaderModel For(UiState state, UiContext context)
    {
        var title = $"crmtui · {context.ClusterName}";
        if (state.Snapshot is not { } s || !state.IsOn(Input.UiCommand.ToggleHeaders))
        {
            return new HeaderModel(title, Tabs, (int)state.View, state.Snapshot is null ? [Source(state)] : []);
        }
        var c = CultureInfo.InvariantCulture;
        var summary = s.Summary;
        var fields = ImmutableArray.CreateBuilder<HeaderField>();
        fields.Add(new HeaderField("Stack", summary?.Stack?.Type ?? "?"));
        fields.Add(new HeaderField("DC", s.DcName is { } dc ? new TextSpan(dc, StyleRole.NodeOnline) : new TextSpan("NONE", StyleRole.Danger)));
        // Without a DC nobody has decided quorum yet; "NO" would be a false alarm.
        fields.Add(new HeaderField("Quorum", summary?.CurrentDc is not { Present: true } ? new TextSpan("unknown (no DC)", StyleRole.Dim)
            : summary.HasQuorum ? new TextSpan("yes", StyleRole.Success)
            : new TextSpan("NO", StyleRole.Danger)));
        if (s.Pacemakerd is { } pcmk)
        {
            fields.Add(new HeaderField("pacemakerd", new TextSpan(pcmk.State, pcmk.IsRunning ? StyleRole.Text : StyleRole.Error)));
        }
        var health = HealthEvaluator.Evaluate(s);
        var counts = health.Counts;
        var nodes = counts.NodesOnline == counts.NodesConfigured
            ? new TextSpan(counts.NodesConfigured.ToString(c))
            : new TextSpan(string.Create(c, $"{counts.NodesOnline}/{counts.NodesConfigured} online"), StyleRole.Failure);
        fields.Add(new HeaderField("Nodes", nodes));
        if (summary?.ResourcesConfigured is { } rc)
        {
            var extra = new List<string>();
            if (rc.Disabled > 0)
            {
                extra.Add($"{rc.Disabled} disabled");
            }
            if (rc.Blocked > 0)
            {
                extra.Add($"{rc.Blocked} blocked");
            }
            fields.Add(new HeaderField("Resources", rc.Number.ToString(c) + (extra.Count > 0 ? $" ({string.Join(", ", extra)})" : "")));
        }
        fields.Add(new HeaderField("Health", Health(health)));
        // crm_mon writes an empty last_change when the CIB carries no stamp (a CIB file nobody stamped).
        if (summary?.LastChange is { Time.Raw.Length: > 0 } change)
        {
            fields.Add(new HeaderField("Last change", LastChange(change, state.Now)));
        }
        fields.Add(Source(state));
        return new HeaderModel(title, Tabs, (int)state.View, fields.ToImmutable());
    }

    /// <summary>The health verdict (the same rules as <c>crmtui check</c>) and how many findings are behind it.</summary>
    public static TextSpan Health(HealthReport report)
    {
        var findings = report.Findings.Count(f => f.Level != HealthLevel.Ok);
        return report.Level switch
        {
            HealthLevel.Ok => new TextSpan("OK", StyleRole.Success),
            HealthLevel.Warning => new TextSpan($"WARNING ({findings})", StyleRole.Failure),
            HealthLevel.Critical => new TextSpan($"CRITICAL ({findings})", StyleRole.Danger),
            _ => new TextSpan($"UNKNOWN ({findings})", StyleRole.Dim),
        };
    }

    private static string LastChange(LastChange change, DateTimeOffset now)
    {
        // A relative age reads well for recent changes; past a day the date says more.
        var when = change.Time.Value is not { } t ? change.Time.Raw
            : now - t < TimeSpan.FromDays(1) ? $"{Ages.Format(now - t)} ago"
            : t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var parts = new List<string> { when };
        if (change.User.Length > 0)
        {
            parts.Add($"by {change.User}");
        }
        if (change.Client.Length > 0)
        {
            parts.Add($"via {change.Client}");
        }
        if (change.Origin.Length > 0)
        {
            parts.Add($"on {change.Origin}");
        }
        return string.Join(" ", parts);
    }

    private static HeaderField Source(UiState state)
    {
        if (state.Replay is { } replay)
        {
            return new HeaderField("Data", new TextSpan(replay.Describe(), StyleRole.Failure));
        }
        if (state.SnapshotAt is not { } at)
        {
            return new HeaderField("Data", new TextSpan(state.Host is null ? "waiting" : $"waiting for {state.Host}", StyleRole.Dim));
        }
        var age = Ages.Format(state.Now - at);
        return new HeaderField("Data", new TextSpan($"{state.Host}, {age} old", state.PollError is null ? StyleRole.Text : StyleRole.Error));
    }
}
