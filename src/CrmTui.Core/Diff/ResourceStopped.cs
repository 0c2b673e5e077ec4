namespace CrmTui.Core.Diff;

/// <summary>An instance is no longer active on a node (<paramref name="Role"/> is the role it had).</summary>
public sealed record ResourceStopped(string Resource, string? CloneId, string Node, string Role) : ClusterEvent
{
    public override EventKind Kind => EventKind.ResourceStopped;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node + "/" + Role;
    public override string Describe() => $"{ResourceName.Of(Resource, CloneId)} stopped on {Node}";
}
