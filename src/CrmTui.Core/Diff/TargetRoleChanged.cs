namespace CrmTui.Core.Diff;

/// <summary>
/// The target-role meta attribute of a primitive or clone changed (null: not set). Compared
/// ignoring case, as Pacemaker does. Children that inherit the same change are not repeated.
/// </summary>
public sealed record TargetRoleChanged(string Resource, string? From, string? To) : ClusterEvent
{
    public override EventKind Kind => EventKind.TargetRoleChanged;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Describe() => $"{Resource}: target-role {From ?? "(unset)"} → {To ?? "(unset)"}";
}
