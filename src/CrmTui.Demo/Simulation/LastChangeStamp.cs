using System.Globalization;
using System.Xml.Linq;

namespace CrmTui.Demo.Simulation;

/// <summary>
/// What the CIB manager of a live cluster writes on the CIB's root with every change, and
/// crm_mon shows as "Last change: … by USER via CLIENT on NODE": <c>cib-last-written</c> (ctime
/// style, local time), <c>update-user</c>, <c>update-client</c>, <c>update-origin</c>. Tools that
/// write a CIB file (<c>CIB_file</c>) leave them alone, so the demo stamps them itself. A pure
/// function of the CIB text, so it is unit-tested.
/// </summary>
public static class LastChangeStamp
{
    public static string Apply(string cib, DateTimeOffset when, string user, string client, string origin)
    {
        var document = XDocument.Parse(cib, LoadOptions.PreserveWhitespace);
        var root = document.Root ?? throw new ArgumentException("the CIB has no root element", nameof(cib));
        root.SetAttributeValue("cib-last-written", CTime(when));
        root.SetAttributeValue("update-user", user);
        root.SetAttributeValue("update-client", client);
        root.SetAttributeValue("update-origin", origin);
        return document.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>C's <c>ctime</c> layout, as Pacemaker writes it: <c>Fri Dec  4 17:00:00 2026</c>.</summary>
    public static string CTime(DateTimeOffset when) =>
        string.Create(CultureInfo.InvariantCulture, $"{when:ddd MMM} {when.Day,2} {when:HH:mm:ss yyyy}");
}
