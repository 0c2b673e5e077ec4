using System.Collections.Immutable;
using CrmTui.Core.Model;

namespace CrmTui.Tui.Presentation;

/// <summary>
/// What the selected row of a view stands for, for actions: a resource (any level of the tree),
/// a node, a failure, a ban or a ticket. <see cref="ResourceId"/> is the id as crm_mon prints it
/// (<c>ping</c> for an anonymous clone instance, <c>ping-clone</c> for the clone itself);
/// <see cref="Node"/> is the node the row is about (where the instance runs, the banned node, the
/// failure's node), or null. <see cref="Item"/> and <see cref="Parents"/> (outermost first) give
/// the tree position, so an action can decide to target the enclosing clone or group instead.
/// </summary>
public sealed record SelectedItem(SelectedKind Kind, string? ResourceId = null, string? Node = null)
{
    public ResourceItem? Item { get; init; }
    public ImmutableArray<ResourceItem> Parents { get; init; } = [];
    public string? TicketId { get; init; }

    /// <summary>The outermost item of the tree this row belongs to (the clone, group or bundle an action usually targets).</summary>
    public ResourceItem? Root => Parents.IsDefaultOrEmpty ? Item : Parents[0];
}
