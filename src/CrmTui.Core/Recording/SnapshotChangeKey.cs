using CrmTui.Core.Model;
using CrmTui.Core.Parsing;

namespace CrmTui.Core.Recording;

/// <summary>
/// What makes two snapshots "the same" for a recording: their crm_mon XML with the fields that
/// change on every query dropped (<c>summary/last_update</c>, when crm_mon ran;
/// <c>pacemakerd/@last_updated</c>, when pacemakerd was last asked). Anything else that differs
/// is a change worth keeping.
/// </summary>
public static class SnapshotChangeKey
{
    public static string Of(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var stable = snapshot with
        {
            Summary = snapshot.Summary is { } summary ? summary with { LastUpdate = null } : null,
            Pacemakerd = snapshot.Pacemakerd is { } pcmk ? pcmk with { LastUpdated = null, Extra = pcmk.Extra.Remove("last_updated") } : null,
        };
        return CrmMonXmlWriter.Write(stable);
    }
}
