using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace CrmTui.Core.Constraints;

/// <summary>
/// Reads the location constraints out of <c>cibadmin --query --scope constraints</c> (a
/// <c>&lt;constraints&gt;</c> element, or a whole CIB). Unknown elements and attributes are ignored.
/// </summary>
public static class ConstraintsXmlParser
{
    /// <exception cref="FormatException">The text is not XML.</exception>
    public static ImmutableArray<LocationConstraint> Parse(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException e)
        {
            throw new FormatException($"cibadmin constraints output is not XML: {e.Message}", e);
        }
        return
        [
            .. document.Descendants("rsc_location")
                .Where(e => e.Attribute("node") is not null && e.Attribute("rsc") is not null)
                .Select(e => new LocationConstraint(
                    (string?)e.Attribute("id") ?? "",
                    (string)e.Attribute("rsc")!,
                    (string)e.Attribute("node")!,
                    (string?)e.Attribute("score") ?? "",
                    (string?)e.Attribute("role"))),
        ];
    }
}
