using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CrmTui.Core.Model;

namespace CrmTui.Core.Parsing;

/// <summary>
/// Writes a <see cref="ClusterSnapshot"/> back as crm_mon XML: the same elements in the same
/// order, the same attributes and values as the parsed document (for any schema-valid input),
/// so snapshots can be recorded and replayed. It follows crm_mon's layout (2-space indent,
/// crm_mon's attribute order), so every crm_mon 2.1.5 output of the corpus comes back byte for
/// byte. Sections follow <see cref="ClusterSnapshot.Sections"/>; a snapshot built by hand without sections gets crm_mon's order, non-empty sections only.
/// Unknown children of a known element are written after its known children. An attribute in
/// <c>Extra</c> wins over the typed property of the same name (that is how non-canonical text
/// such as <c>online="yes"</c> survives). Throws <see cref="System.Xml.XmlException"/> only for
/// a hand-built snapshot whose raw element or attribute names are not XML names.
/// </summary>
public static class CrmMonXmlWriter
{
    private static readonly string[] _canonicalOrder =
    [
        "pacemakerd", "summary", "nodes", "resources", "node_attributes", "node_history", "failures",
        "fence_history", "tickets", "bans", "status",
    ];

    public static string Write(ClusterSnapshot snapshot)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        {
            Write(snapshot, writer);
        }

        return text.ToString();
    }

    public static void Write(ClusterSnapshot snapshot, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        new ElementWriter(new XmlTextOutput(output)).Snapshot(snapshot, SectionsOf(snapshot));
    }

    private static IEnumerable<DocumentSection> SectionsOf(ClusterSnapshot s)
    {
        if (!s.Sections.IsDefaultOrEmpty)
        {
            return s.Sections;
        }

        return _canonicalOrder.Where(name => name switch
        {
            "pacemakerd" => s.Pacemakerd is not null,
            "summary" => s.Summary is not null,
            "nodes" => !s.Nodes.IsDefaultOrEmpty,
            "resources" => !s.Resources.IsDefaultOrEmpty,
            "node_attributes" => !s.NodeAttributes.IsDefaultOrEmpty,
            "node_history" => !s.NodeHistory.IsDefaultOrEmpty,
            "failures" => !s.Failures.IsDefaultOrEmpty,
            "fence_history" => !s.FenceHistory.IsDefaultOrEmpty,
            "tickets" => !s.Tickets.IsDefaultOrEmpty,
            "bans" => !s.Bans.IsDefaultOrEmpty,
            _ => s.Status is not null,
        }).Select(name => new DocumentSection { Name = name });
    }
}
