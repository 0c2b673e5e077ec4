using System.Collections.Frozen;
using System.Globalization;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// Fail counts against migration-threshold, from crm_mon's node history (the <c>f</c> toggle):
/// "2/3" reads "two failures, moved away at three"; a bare "2" has the default threshold, INFINITY (1000000).
/// </summary>
public sealed class FailCounts
{
    private readonly FrozenDictionary<(string Node, string Id), ResourceHistory> _byNodeAndId;

    public FailCounts(ClusterSnapshot snapshot)
    {
        var map = new Dictionary<(string, string), ResourceHistory>();
        foreach (var node in snapshot.NodeHistory)
        {
            foreach (var history in node.Resources)
            {
                map.TryAdd((node.Node, history.Id), history);
            }
        }
        _byNodeAndId = map.ToFrozenDictionary();
    }

    public ResourceHistory? Find(string node, string id) =>
        _byNodeAndId.GetValueOrDefault((node, id)) ?? _byNodeAndId.GetValueOrDefault((node, ResourceCells.BaseId(id)));

    /// <summary>The cell for a primitive instance: empty when it never failed there.</summary>
    public TextSpan Cell(PrimitiveResource p)
    {
        var worst = p.Nodes.Select(n => Find(n.Name, p.Id)).Where(h => h is { FailCountValue: > 0 }).MaxBy(h => h!.FailCountValue);
        return worst is null ? new TextSpan("") : Cell(worst);
    }

    public static TextSpan Cell(ResourceHistory h)
    {
        var count = h.FailCountValue;
        var threshold = h.MigrationThreshold;
        // The default threshold is INFINITY: then the count alone says it all.
        var text = Number(count) + (threshold is { } t and < 1_000_000 ? "/" + Number(t) : "");
        return new TextSpan(text, threshold is { } max && count >= max ? StyleRole.Danger : StyleRole.Failure);
    }

    private static string Number(int n) => n >= 1_000_000 ? "INFINITY" : n.ToString(CultureInfo.InvariantCulture);
}
