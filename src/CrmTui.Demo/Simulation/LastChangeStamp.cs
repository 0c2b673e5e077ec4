using System.Xml.Linq;
using CrmTui.Core.Describe;

namespace CrmTui.Demo.Simulation;

/// <summary>
/// What the CIB manager of a live cluster writes on the CIB's root with every change, and
/// crm_mon shows as "Last change: … by USER via CLIENT on NODE": <c>cib-last-written</c> (ctime
/// style), <c>update-user</c>, <c>update-client</c>, <c>update-origin</c>. Tools that write a CIB
/// file (<c>CIB_file</c>) leave them alone, so the demo stamps them itself. The time is written in
/// UTC, as <see cref="Core.Model.CrmTime"/> reads ctime text. A pure function of the CIB text.
/// </summary>
public static class LastChangeStamp
{
    public static string Apply(string cib, DateTimeOffset when, string user, string client, string origin)
    {
        var document = XDocument.Parse(cib, LoadOptions.PreserveWhitespace);
        var root = document.Root ?? throw new ArgumentException("the CIB has no root element", nameof(cib));
        root.SetAttributeValue("cib-last-written", FailureText.Ctime(when));
        root.SetAttributeValue("update-user", user);
        root.SetAttributeValue("update-client", client);
        root.SetAttributeValue("update-origin", origin);
        return document.ToString(SaveOptions.DisableFormatting);
    }
}
