using System.Collections.Immutable;
using CrmTui.Commands;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Core.Model;
using CrmTui.Tui.Input;
using CrmTui.Tui.Presentation;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// Turns a resource key on the selected row into the action crm_resource should get. Which id an
/// action names matters: placement (move, ban, clear) names the outermost resource — a group, a
/// clone or a bundle is placed as a unit; enable/disable and restart name the row's resource
/// unless it lives in a clone or bundle (the whole clone then); cleanup and refresh name the row's
/// resource and, on an instance row, its node (crm_resource widens them to the collective itself).
/// </summary>
public static class ResourceActions
{
    /// <summary>The outcome: an action, a node picker to open first, or why nothing applies.</summary>
    public sealed record Choice(ClusterAction? Action = null, NodePick? Pick = null, string? Problem = null);

    public static Choice Resolve(ClusterSnapshot snapshot, UiCommand command, SelectedItem selected)
    {
        if (selected.ResourceId is not { } id)
        {
            return new Choice(Problem: "select a resource first (Resources view)");
        }
        var scope = ResourceScope.For(snapshot, id);
        if (scope.Item is null)
        {
            return new Choice(Problem: $"{id} is not in the current status");
        }
        var placed = scope.Collective ?? Outermost(scope.Item, selected);
        var whole = scope.Collective is CloneResource or BundleResource ? scope.Collective : OwnItem(scope.Item, selected);
        return command switch
        {
            UiCommand.ResourceCleanup => new Choice(new CleanupResource(OwnId(selected, id), selected.Node)),
            UiCommand.ResourceRefresh => new Choice(new RefreshResource(OwnId(selected, id), selected.Node)),
            UiCommand.ResourceMove => Move(snapshot, placed),
            UiCommand.ResourceBan => new Choice(new BanResource(placed.Id, selected.Node)),
            UiCommand.ResourceClear => new Choice(selected.Kind == SelectedKind.Ban
                ? new ClearResource(id, selected.Node)
                : new ClearResource(placed.Id)),
            UiCommand.ResourceEnableDisable => new Choice(EnableOrDisable(snapshot, whole.Id)),
            UiCommand.ResourceRestart => new Choice(new RestartResource(whole.Id)),
            _ => new Choice(Problem: "not a resource action"),
        };
    }

    /// <summary>The nodes <paramref name="resource"/> may move to, and why each other node may not.</summary>
    public static (ImmutableArray<PickerItem> Eligible, ImmutableArray<string> Others) MoveTargets(ClusterSnapshot snapshot, string resource, bool promoted)
    {
        var eligible = ImmutableArray.CreateBuilder<PickerItem>();
        var others = ImmutableArray.CreateBuilder<string>();
        foreach (var node in snapshot.Nodes)
        {
            var why = Ineligible(snapshot, node, resource, promoted);
            if (why is null)
            {
                eligible.Add(new PickerItem(node.Name, $"{(node.IsDc ? "DC, " : "")}runs {node.ResourcesRunning} resource{(node.ResourcesRunning == 1 ? "" : "s")}"));
            }
            else
            {
                others.Add($"{node.Name} {why}");
            }
        }
        return (eligible.ToImmutable(), others.ToImmutable());
    }

    private static Choice Move(ClusterSnapshot snapshot, ResourceItem placed)
    {
        var promoted = placed is CloneResource { Promotable: true };
        if (placed is CloneResource && !promoted)
        {
            return new Choice(Problem: $"{placed.Id} is a clone and runs on every node it may; ban it from a node (B) instead");
        }
        var (eligible, others) = MoveTargets(snapshot, placed.Id, promoted);
        if (eligible.IsEmpty)
        {
            return new Choice(Problem: $"no node to move {placed.Id} to: {string.Join(", ", others)}");
        }
        var what = promoted ? $"the promoted role of {placed.Id}" : placed.Id;
        var description = $"Move {what} to the chosen node. A location constraint keeps it there until cleared (u).";
        if (!others.IsEmpty)
        {
            description += $" Not offered: {string.Join(", ", others)}.";
        }
        return new Choice(Pick: new NodePick(placed.Id, promoted, new PickerModel($"Move {what} to", description, eligible)));
    }

    private static string? Ineligible(ClusterSnapshot snapshot, ClusterNode node, string resource, bool promoted)
    {
        if (!node.Online)
        {
            return "is offline";
        }
        if (node.Unclean)
        {
            return "is unclean";
        }
        if (node.Standby)
        {
            return "is in standby";
        }
        if (node.Maintenance)
        {
            return "is in maintenance";
        }
        if (node.Type == NodeType.Ping)
        {
            return "is a quorum (ping) node";
        }
        // Pacemaker places only a bundle's own resource inside the bundle's replicas.
        if (node.IdAsResource is { } container && snapshot.AllPrimitives().Any(p => p.Resource.Id == container && p.ParentBundle is not null))
        {
            return "is a bundle's node";
        }
        if (snapshot.Bans.Any(b => b.Resource == resource && b.Node == node.Name && b.IsInfinite && (!b.PromotedOnly || promoted)))
        {
            return "is banned";
        }
        return new MoveResource(resource, node.Name, Promoted: promoted).DisabledReason(snapshot) is { } why
            ? why.Contains("already", StringComparison.Ordinal) ? "runs it now" : why
            : null;
    }

    private static ClusterAction EnableOrDisable(ClusterSnapshot snapshot, string id)
    {
        var enable = new EnableResource(id);
        return enable.DisabledReason(snapshot) is null ? enable : new DisableResource(id);
    }

    // Operation and ban rows name a primitive by its history id; rows of the tree carry their item.
    // A replica row's item is the replica ("0"); crm_resource only knows the bundle's id.
    private static string OwnId(SelectedItem selected, string id) => OwnsItem(selected) ? selected.Item!.Id : id;

    private static ResourceItem OwnItem(ResourceItem resolved, SelectedItem selected) => OwnsItem(selected) ? selected.Item! : resolved;

    private static bool OwnsItem(SelectedItem selected) =>
        selected.Item is not null && selected.Kind is SelectedKind.Primitive or SelectedKind.Group or SelectedKind.Clone;

    private static ResourceItem Outermost(ResourceItem resolved, SelectedItem selected) => selected.Root ?? resolved;
}
