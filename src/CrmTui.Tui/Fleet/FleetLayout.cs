using CrmTui.Tui.Rendering;

namespace CrmTui.Tui.Fleet;

/// <summary>Where the overview's parts go: the header, the clusters table (as tall as it needs, up
/// to about half the screen), the problems table under it, and the bottom line.</summary>
public sealed record FleetLayout(Rect Header, Rect Clusters, Rect Problems, Rect Bottom)
{
    public static FleetLayout For(FleetState state, int headerHeight)
    {
        var w = state.Size.Width;
        var h = state.Size.Height;
        var header = Math.Min(headerHeight, Math.Max(1, h / 4));
        var body = Math.Max(0, h - header - 1);
        // Column headers + one line per cluster; the problems list keeps at least 4 lines (its heading, 3 problems).
        var wanted = state.Members.Length + 1;
        var clusters = Math.Min(wanted, Math.Max(2, body - 5));
        clusters = Math.Min(clusters, body);
        var gap = body - clusters > 0 ? 1 : 0;
        return new FleetLayout(
            new Rect(0, 0, w, header),
            new Rect(0, header, w, clusters),
            new Rect(0, header + clusters + gap, w, Math.Max(0, body - clusters - gap)),
            new Rect(0, h - 1, w, 1));
    }

    public int ClusterPage => Math.Max(1, Clusters.Height - 1);

    public int ProblemPage => Math.Max(1, Problems.Height - 2);
}
