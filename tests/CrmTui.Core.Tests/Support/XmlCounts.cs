using System.Xml.Linq;

namespace CrmTui.Core.Tests.Support;

/// <summary>Counts taken by a plain walk of the XML, independent of the parser.</summary>
internal sealed record XmlCounts(int Nodes, int Primitives, int Failures, int NodeAttributes, int Operations, int Tickets, int Bans, int FenceEvents)
{
    public static XmlCounts Of(string path)
    {
        var root = XDocument.Load(path).Root!;
        int Count(string section, params string[] steps)
        {
            IEnumerable<XElement> current = root.Elements(section);
            foreach (var step in steps)
            {
                current = current.Elements(step);
            }

            return current.Count();
        }

        var primitives = root.Elements("resources").Descendants("resource").Count();
        return new XmlCounts(
            Count("nodes", "node"),
            primitives,
            Count("failures", "failure"),
            Count("node_attributes", "node", "attribute"),
            Count("node_history", "node", "resource_history", "operation_history"),
            Count("tickets", "ticket"),
            Count("bans", "ban"),
            Count("fence_history", "fence_event"));
    }
}
