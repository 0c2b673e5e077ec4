namespace CrmTui.Core.Recording;

/// <summary>Which file a replay reads: a <c>crmtui record</c> recording or a <c>crmtui snapshot</c> bundle.</summary>
public enum ReplayKind
{
    Recording,
    Snapshot,
}
