namespace CrmTui.Core.Diff;

/// <summary>
/// A resource that is not an anonymous clone instance stopped on one node and is active on
/// another (see docs/events.md for why anonymous clone instances never "move").
/// </summary>
public sealed record ResourceMoved(string Resource, string? CloneId, string From, string To, string Role) : ClusterEvent
{
    public override EventKind Kind => EventKind.ResourceMoved;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => From + "/" + To;
    public override string Describe() => $"{ResourceName.Of(Resource, CloneId)} moved {From} → {To}";
}
