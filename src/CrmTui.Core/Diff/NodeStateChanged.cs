namespace CrmTui.Core.Diff;

/// <summary>
/// Any of a node's state flags changed (online, standby, standby on-fail, maintenance, pending,
/// unclean, shutdown). One event per node per diff, carrying both flag sets, so a node that goes
/// offline and unclean at once reads as one line.
/// </summary>
public sealed record NodeStateChanged(string Node, NodeFlags From, NodeFlags To) : ClusterEvent
{
    public override EventKind Kind => EventKind.NodeStateChanged;
    public override EventSubject SubjectKind => EventSubject.Node;
    public override string Subject => Node;
    public override string Describe() => $"{Node}: {From.Text} → {To.Text}";
}
