namespace CrmTui.Core.Diff;

/// <summary>
/// An instance became active on a node. <paramref name="CloneId"/> is the enclosing clone's id, if
/// any; <paramref name="Resource"/> is the primitive id (the base id for anonymous clones).
/// </summary>
public sealed record ResourceStarted(string Resource, string? CloneId, string Node, string Role) : ClusterEvent
{
    public override EventKind Kind => EventKind.ResourceStarted;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node + "/" + Role;
    public override string Describe() => $"{ResourceName.Of(Resource, CloneId)} {(Role == "Started" ? "started" : "started as " + Role)} on {Node}";
}
