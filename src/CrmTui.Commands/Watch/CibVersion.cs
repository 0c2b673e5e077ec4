using System.Xml.Linq;

namespace CrmTui.Commands.Watch;

/// <summary>The CIB's version triple. Any write to the CIB raises it: configuration changes bump
/// <c>epoch</c>, status changes (resource operations, node joins, attributes) bump <c>num_updates</c>.</summary>
public readonly record struct CibVersion(long AdminEpoch, long Epoch, long NumUpdates)
{
    /// <summary>Reads the root element <c>cibadmin --query --xpath /cib --no-children</c> prints; null when it is not one.</summary>
    public static CibVersion? TryParse(string xml)
    {
        XElement root;
        try
        {
            root = XElement.Parse(xml);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
        if (root.Name.LocalName != "cib")
            return null;
        return Read(root, "admin_epoch") is { } admin && Read(root, "epoch") is { } epoch && Read(root, "num_updates") is { } updates
            ? new CibVersion(admin, epoch, updates)
            : null;
    }

    public override string ToString() => $"{AdminEpoch}.{Epoch}.{NumUpdates}";

    private static long? Read(XElement root, string name) =>
        long.TryParse((string?)root.Attribute(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}
