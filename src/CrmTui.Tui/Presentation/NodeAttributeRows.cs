using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// Node attributes (<c>A</c>) under each node of the Nodes view, as crm_mon's "Node Attributes":
/// <c>pingd: 1000</c>, and <c>(expected: 1000)</c> when a ping attribute is short of its target.
/// </summary>
public static class NodeAttributeRows
{
    public static IEnumerable<ViewEntry> For(ClusterSnapshot snapshot, string node)
    {
        foreach (var attribute in snapshot.NodeAttributes.Where(s => s.Node == node).SelectMany(s => s.Attributes))
        {
            var differs = attribute.Expected is { } e && e != attribute.Value;
            yield return new ViewEntry(
                new TableRow($"attr:{node}:{attribute.Name}",
                [
                    new TextSpan($"    {attribute.Name}: ", StyleRole.Dim),
                    new TextSpan(attribute.Value, differs ? StyleRole.Error : StyleRole.Text),
                    new TextSpan(differs ? $" (expected: {attribute.Expected})" : "", StyleRole.Error),
                ], FullWidth: true),
                new SelectedItem(SelectedKind.Node, Node: node));
        }
    }
}
