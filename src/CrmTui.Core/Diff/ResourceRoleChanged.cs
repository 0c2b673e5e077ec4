namespace CrmTui.Core.Diff;

/// <summary>An instance on a node changed role in a way that is not a promotion or demotion (e.g. Started → Stopping).</summary>
public sealed record ResourceRoleChanged(string Resource, string? CloneId, string Node, string From, string To) : ClusterEvent
{
    public override EventKind Kind => EventKind.ResourceRoleChanged;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node + "/" + From + "/" + To;
    public override string Describe() => $"{ResourceName.Of(Resource, CloneId)} on {Node}: {From} → {To}";
}
