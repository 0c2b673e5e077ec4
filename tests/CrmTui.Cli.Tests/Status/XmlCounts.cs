using System.Text.Json;
using System.Xml.Linq;

namespace CrmTui.Cli.Tests.Status;

/// <summary>
/// The seven counts the status JSON must carry, taken two independent ways: by walking the crm_mon
/// XML with LINQ to XML, and by walking crmtui's JSON output.
/// </summary>
internal sealed record XmlCounts(int Nodes, int Primitives, int Failures, int NodeAttributes, int Operations, int Tickets, int Bans)
{
    public static XmlCounts FromXml(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        int Count(string section, params string[] path)
        {
            IEnumerable<XElement> at = root.Elements(section);
            foreach (var step in path)
            {
                at = at.Elements(step);
            }

            return at.Count();
        }

        return new XmlCounts(
            Count("nodes", "node"),
            root.Elements("resources").Descendants("resource").Count(),
            Count("failures", "failure"),
            Count("node_attributes", "node", "attribute"),
            root.Elements("node_history").Descendants("operation_history").Count(),
            Count("tickets", "ticket"),
            Count("bans", "ban"));
    }

    public static XmlCounts FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        int Primitives(JsonElement items) =>
            items.EnumerateArray().Sum(item =>
                item.GetProperty("kind").GetString() == "primitive" ? 1
                : item.TryGetProperty("children", out var children) ? Primitives(children) : 0);

        return new XmlCounts(
            root.GetProperty("nodes").GetArrayLength(),
            Primitives(root.GetProperty("resources")),
            root.GetProperty("failures").GetArrayLength(),
            root.GetProperty("node_attributes").GetArrayLength(),
            root.GetProperty("operations").GetArrayLength(),
            root.GetProperty("tickets").GetArrayLength(),
            root.GetProperty("bans").GetArrayLength());
    }
}
