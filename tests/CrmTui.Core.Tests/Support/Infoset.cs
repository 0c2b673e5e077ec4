using System.Xml.Linq;

namespace CrmTui.Core.Tests.Support;

/// <summary>
/// Compares two XML documents as infosets: the same elements in the same order, the same
/// attribute sets and values, the same non-whitespace text. Namespace declarations,
/// comments and formatting are ignored.
/// </summary>
internal static class Infoset
{
    /// <summary>
    /// The first difference as a path and a description, or null when equal. With
    /// <paramref name="allowAdded"/>, attributes only the actual document has are not a difference.
    /// </summary>
    public static string? FirstDifference(string expectedXml, string actualXml, bool allowAdded = false) =>
        Compare(XDocument.Parse(expectedXml).Root!, XDocument.Parse(actualXml).Root!, "", allowAdded);

    private static string? Compare(XElement expected, XElement actual, string parentPath, bool allowAdded)
    {
        var path = $"{parentPath}/{expected.Name}";
        if (expected.Name != actual.Name)
        {
            return $"{path}: element <{actual.Name}> instead of <{expected.Name}>";
        }

        var e = Attributes(expected);
        var a = Attributes(actual);
        foreach (var (name, value) in e)
        {
            if (!a.TryGetValue(name, out var other))
            {
                return $"{path}: attribute {name}=\"{value}\" lost";
            }

            if (other != value)
            {
                return $"{path}: attribute {name}=\"{value}\" became \"{other}\"";
            }
        }

        foreach (var name in a.Keys.Where(k => !allowAdded && !e.ContainsKey(k)))
        {
            return $"{path}: attribute {name}=\"{a[name]}\" added";
        }

        if (Text(expected) != Text(actual))
        {
            return $"{path}: text \"{Text(expected)}\" became \"{Text(actual)}\"";
        }

        var ec = expected.Elements().ToList();
        var ac = actual.Elements().ToList();
        for (var i = 0; i < Math.Min(ec.Count, ac.Count); i++)
        {
            if (Compare(ec[i], ac[i], $"{path}[{i}]", allowAdded) is { } difference)
            {
                return difference;
            }
        }

        return ec.Count == ac.Count ? null : $"{path}: {ec.Count} child elements became {ac.Count}";
    }

    private static Dictionary<string, string> Attributes(XElement element) =>
        element.Attributes().Where(x => !x.IsNamespaceDeclaration).ToDictionary(x => x.Name.ToString(), x => x.Value);

    private static string Text(XElement element) =>
        string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
}
