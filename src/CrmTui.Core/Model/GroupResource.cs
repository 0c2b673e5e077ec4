using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>A <c>group</c> element. Inside a clone its id carries the instance (<c>grp:0</c>).</summary>
public sealed record GroupResource : ResourceItem
{
    public int NumberResources { get; init; }
    public bool Managed { get; init; }
    public bool Disabled { get; init; }
    public bool? Maintenance { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<ResourceItem> Children { get; init; } = [];

    public override string Kind => "group";
    public override ImmutableArray<ResourceItem> ChildItems => Children;
}
