using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>A <c>clone</c> element; promotable when <see cref="MultiState"/>.</summary>
public sealed record CloneResource : ResourceItem
{
    /// <summary><c>multi_state</c>: the clone is promotable.</summary>
    public bool MultiState { get; init; }
    public bool Unique { get; init; }
    public bool Managed { get; init; }
    public bool Disabled { get; init; }
    public bool Failed { get; init; }
    public bool FailureIgnored { get; init; }
    public string? TargetRole { get; init; }
    public bool? Maintenance { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<ResourceItem> Children { get; init; } = [];

    public bool Promotable => MultiState;
    public override string Kind => "clone";
    public override ImmutableArray<ResourceItem> ChildItems => Children;
}
