namespace CrmTui.Core.Diff;

/// <summary>
/// A cluster option crm_mon reports changed: <c>maintenance-mode</c>, <c>stop-all-resources</c>,
/// <c>stonith-enabled</c>, <c>symmetric-cluster</c>, <c>no-quorum-policy</c>,
/// <c>stonith-timeout-ms</c> or <c>priority-fencing-delay-ms</c>. Values are crm_mon's text.
/// </summary>
public sealed record ClusterOptionChanged(string Option, string From, string To) : ClusterEvent
{
    public override EventKind Kind => EventKind.ClusterOptionChanged;
    public override EventSubject SubjectKind => EventSubject.Cluster;
    public override string Subject => Option;
    public override string Describe() => $"cluster: {Option} {From} → {To}";
}
