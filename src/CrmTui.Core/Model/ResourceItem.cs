using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>
/// An item of the resource tree, in document order: <see cref="PrimitiveResource"/>,
/// <see cref="GroupResource"/>, <see cref="CloneResource"/>, <see cref="BundleResource"/>,
/// <see cref="BundleReplica"/> (only inside bundles) or <see cref="UnknownResourceItem"/>
/// (an element a newer crm_mon might add, kept raw in place).
/// </summary>
public abstract record ResourceItem
{
    /// <summary>The <c>id</c> attribute. Not unique: anonymous clone instances share it.</summary>
    public string Id { get; init; } = "";
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = Attributes.Empty;
    public ImmutableArray<RawElement> Unknown { get; init; } = [];

    /// <summary>Direct children in document order (empty for primitives).</summary>
    public virtual ImmutableArray<ResourceItem> ChildItems => [];

    /// <summary>JSON-style kind: <c>primitive</c>, <c>group</c>, <c>clone</c>, <c>bundle</c>, <c>replica</c> or the raw element name.</summary>
    public abstract string Kind { get; }
}
