using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>Everything crm_mon says about one node: state flags, type, health, resources and node attributes.</summary>
public static class NodeDetail
{
    public static DetailModel? For(ClusterSnapshot snapshot, string name, Glyphs glyphs)
    {
        if (snapshot.FindNode(name) is not { } node)
        {
            return null;
        }
        var (state, role) = NodeRows.State(node);
        var lines = ImmutableArray.CreateBuilder<HeaderField>();
        lines.Add(new HeaderField("State", new TextSpan(state, role)));
        lines.Add(new HeaderField("Type", node.IsGuest ? $"guest (runs in {node.ContainerId ?? node.IdAsResource})" : node.TypeText.Length > 0 ? node.TypeText : node.Type.ToString().ToLowerInvariant()));
        lines.Add(new HeaderField("Id", node.Id));
        lines.Add(new HeaderField("DC", node.IsDc ? "yes" : "no"));
        lines.Add(new HeaderField("Flags", Flags(node)));
        if (node.Health is { Length: > 0 } health)
        {
            lines.Add(new HeaderField("Health", new TextSpan(health, health == "green" ? StyleRole.Success : StyleRole.Error)));
        }
        if (node.FeatureSet is { Length: > 0 } featureSet)
        {
            lines.Add(new HeaderField("Feature set", featureSet));
        }
        var resources = node.Resources.Select(r => r.Id).ToList();
        lines.Add(new HeaderField("Running", string.Create(CultureInfo.InvariantCulture,
            $"{node.ResourcesRunning}{(resources.Count > 0 ? ": " + string.Join(", ", resources) : "")}")));
        foreach (var attribute in snapshot.NodeAttributes.Where(s => s.Node == name).SelectMany(s => s.Attributes))
        {
            var expected = attribute.Expected is { } e && e != attribute.Value ? $" (expected {e})" : "";
            lines.Add(new HeaderField(attribute.Name, new TextSpan(attribute.Value + expected, expected.Length > 0 ? StyleRole.Error : StyleRole.Text)));
        }
        return new DetailModel($"Node {node.Name}", lines.ToImmutable());
    }

    private static string Flags(ClusterNode node)
    {
        var flags = new List<string> { node.Online ? "online" : "offline" };
        void Add(bool on, string flag)
        {
            if (on)
            {
                flags.Add(flag);
            }
        }
        Add(node.Standby, "standby");
        Add(node.StandbyOnFail, "standby-on-fail");
        Add(node.Maintenance, "maintenance");
        Add(node.Pending, "pending");
        Add(node.Unclean, "unclean");
        Add(node.Shutdown, "shutdown");
        Add(node.ExpectedUp, "expected up");
        return string.Join(", ", flags);
    }
}
