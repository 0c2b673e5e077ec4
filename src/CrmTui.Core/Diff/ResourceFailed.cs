namespace CrmTui.Core.Diff;

/// <summary>crm_mon now marks the instance failed (<c>failed="true"</c>). Node is empty for a failed stopped instance.</summary>
public sealed record ResourceFailed(string Resource, string? CloneId, string Node) : ClusterEvent
{
    public override EventKind Kind => EventKind.ResourceFailed;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node;
    public override string Describe() => $"{ResourceName.Of(Resource, CloneId)} failed{(Node.Length > 0 ? " on " + Node : "")}";
}
