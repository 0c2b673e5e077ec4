using System.Collections.Immutable;

namespace CrmTui.Core.Recording;

/// <summary>
/// One incident bundle (<c>crmtui snapshot</c>): the outputs of a fixed list of commands run at
/// <see cref="Time"/> on <see cref="Host"/> (crm_mon XML, CIB, fence history, corosync status, tool
/// versions), each part present or recorded as failed with its reason.
/// </summary>
public sealed record IncidentBundle(DateTimeOffset Time, string Host, string Source, string CrmtuiVersion, ImmutableArray<IncidentPart> Parts)
{
    /// <summary>The part crm_mon's XML is in (the one replay shows).</summary>
    public const string StatusPart = "crm_mon";

    public IncidentPart? Find(string name) => Parts.FirstOrDefault(p => p.Name == name);

    public IEnumerable<IncidentPart> Failed => Parts.Where(p => !p.Succeeded);
}
