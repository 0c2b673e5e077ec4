namespace CrmTui.Core.Diff;

/// <summary>An instance crm_mon marked failed is no longer marked failed.</summary>
public sealed record ResourceRecovered(string Resource, string? CloneId, string Node) : ClusterEvent
{
    public override EventKind Kind => EventKind.ResourceRecovered;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node;
    public override string Describe() => $"{ResourceName.Of(Resource, CloneId)} recovered{(Node.Length > 0 ? " on " + Node : "")}";
}
