using System.Collections.Immutable;

namespace CrmTui.Core.Model;

/// <summary>A primitive instance with its ancestors, outermost first (e.g. clone, group).</summary>
public sealed record PrimitiveInstance(PrimitiveResource Resource, ImmutableArray<ResourceItem> Parents)
{
    public CloneResource? ParentClone => Nearest<CloneResource>();
    public GroupResource? ParentGroup => Nearest<GroupResource>();
    public BundleResource? ParentBundle => Nearest<BundleResource>();
    public BundleReplica? ParentReplica => Nearest<BundleReplica>();

    /// <summary>The top-level item this instance belongs to (itself when top-level).</summary>
    public ResourceItem Root => Parents.IsDefaultOrEmpty ? Resource : Parents[0];

    private T? Nearest<T>()
        where T : ResourceItem
    {
        for (var i = Parents.Length - 1; i >= 0; i--)
        {
            if (Parents[i] is T match)
            {
                return match;
            }
        }

        return null;
    }
}
