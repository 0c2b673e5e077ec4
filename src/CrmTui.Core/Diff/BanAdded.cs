namespace CrmTui.Core.Diff;

/// <summary>A ban (negative location constraint) appeared.</summary>
public sealed record BanAdded(string Id, string Resource, string Node, int Weight, bool PromotedOnly) : ClusterEvent
{
    public override EventKind Kind => EventKind.BanAdded;
    public override EventSubject SubjectKind => EventSubject.Resource;
    public override string Subject => Resource;
    public override string Detail => Node + "/" + Id;
    public override string Describe() =>
        $"{Resource} banned from {Node}{(PromotedOnly ? " (promoted role)" : "")} [{Id}, {BanText.Weight(Weight)}]";
}
