namespace CrmTui.Core.Model;

/// <summary>An element inside a resource list that this version does not know, kept raw in place.</summary>
public sealed record UnknownResourceItem : ResourceItem
{
    public RawElement Element { get; init; } = new();

    public override string Kind => Element.Name;
}
