namespace CrmTui.Core.Diff;

/// <summary>A ban disappeared, or changed weight or role (then a <see cref="BanAdded"/> follows).</summary>
public sealed record BanRemoved(string Id, string Resource, string Node, int Weight, bool PromotedOnly) : ClusterEvent
{
    public override EventKind Kind => EventKind.BanRemoved;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node + "/" + Id;
    public override string Describe() =>
        $"{Resource} no longer banned from {Node}{(PromotedOnly ? " (promoted role)" : "")} [{Id}, {BanText.Weight(Weight)}]";
}
