using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Tui.App;

/// <summary>
/// What a resource id covers on a snapshot, resolved the way crm_resource does: the item it names
/// (the outermost match: a clone before its instances), the collective resource around it, and
/// the primitives a cleanup touches. crm_resource --help: "If the named resource is part of a
/// group, or one numbered instance of a clone or bundled resource, the clean-up applies to the
/// whole collective resource".
/// </summary>
public sealed record ResourceScope(string Resource, ResourceItem? Item, ResourceItem? Collective, ImmutableArray<PrimitiveInstance> Primitives)
{
    public static ResourceScope For(ClusterSnapshot snapshot, string resource)
    {
        var item = snapshot.AllResourceItems().FirstOrDefault(i =>
            i.Id == resource || BaseOf(i.Id) == resource || (i is PrimitiveResource p && p.BaseId == resource));
        if (item is null)
        {
            return new ResourceScope(resource, null, null, []);
        }
        var all = snapshot.AllPrimitives().ToList();
        var root = all.FirstOrDefault(p => Under(p, item))?.Root;
        var collective = root is not null && !ReferenceEquals(root, item) ? root : null;
        var top = collective ?? item;
        return new ResourceScope(resource, item, collective, [.. all.Where(p => Under(p, top))]);
    }

    /// <summary>True when a failure's resource id (as crm_mon derives it from the operation key) is in scope.</summary>
    public bool Covers(string failureResource) =>
        failureResource == Resource || Primitives.Any(p => p.Resource.Id == failureResource || p.Resource.BaseId == failureResource);

    /// <summary>"group web-group" when the action spills over to a collective resource; null otherwise.</summary>
    public string? CollectiveText => Collective is { } c ? $"{c.Kind} {c.Id}" : null;

    private static bool Under(PrimitiveInstance p, ResourceItem item) =>
        ReferenceEquals(p.Resource, item) || p.Parents.Any(x => ReferenceEquals(x, item));

    private static string BaseOf(string id)
    {
        var colon = id.LastIndexOf(':');
        return colon > 0 && colon < id.Length - 1 && id[(colon + 1)..].All(char.IsAsciiDigit) ? id[..colon] : id;
    }
}
