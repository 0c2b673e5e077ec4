using System.Collections.Immutable;
using CrmTui.Commands;
using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Core.Model;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// The confirmation for a disruptive or destructive action: its description, the facts that
/// matter for the decision (quorum; for a node what runs there; for fencing which fence devices
/// are started and how the last fencing of that node ended; for a resource where it runs and the
/// group or clone it belongs to), and the exact command. Destructive actions ask for the target's
/// name to be typed.
/// </summary>
public static class ActionDialogs
{
    public static ConfirmDialogModel For(ClusterAction action, ClusterSnapshot snapshot)
    {
        var facts = ImmutableArray.CreateBuilder<TextSpan>();
        facts.Add(snapshot.Summary?.HasQuorum == true
            ? new TextSpan("Quorum: yes", StyleRole.Success)
            : new TextSpan("Quorum: NO — this partition may not be allowed to act", StyleRole.Danger));
        if (action is FenceNode fence)
        {
            FenceFacts(facts, snapshot, fence.Node);
        }
        else if (action.Scope == ActionScope.Node && snapshot.FindNode(action.Target) is { ResourcesRunning: > 0 } running)
        {
            facts.Add(new TextSpan($"{running.Name} runs {running.ResourcesRunning} resource(s)", StyleRole.Dialog));
        }
        else if (action.Scope == ActionScope.Resource)
        {
            ResourceFacts(facts, snapshot, action.Target);
        }
        var destructive = action.Danger == Danger.Destructive;
        return new ConfirmDialogModel(
            action.Description,
            destructive ? "Destructive: check the facts below before you type the name." : Consequence(action),
            [action.BuildCommand()],
            action.Danger,
            facts.ToImmutable(),
            destructive ? action.Target : null,
            destructive ? PromptState.Start("> ") : null);
    }

    private static string Consequence(ClusterAction action) => action switch
    {
        DisableResource => "This stops services and keeps them stopped.",
        RestartResource => "This stops services, then starts them again.",
        MoveResource or BanResource => "This changes where services run, until the constraint is cleared (u).",
        _ => "This changes where services run.",
    };

    private static void FenceFacts(ImmutableArray<TextSpan>.Builder facts, ClusterSnapshot snapshot, string target)
    {
        if (snapshot.FindNode(target) is { } node)
        {
            var state = !node.Online ? (node.Unclean ? "offline and unclean" : "offline") : node.Unclean ? "online, unclean" : "online";
            facts.Add(new TextSpan($"{node.Name} is {state} and runs {node.ResourcesRunning} resource(s); they stop at once", StyleRole.Dialog));
        }
        var devices = snapshot.AllPrimitives().Select(p => p.Resource).Where(p => p.IsStonith).ToList();
        var started = devices.Where(d => d.Active).ToList();
        if (devices.Count == 0)
        {
            facts.Add(new TextSpan("No fence device is configured: nothing can fence it", StyleRole.Danger));
        }
        else if (started.Count == 0)
        {
            facts.Add(new TextSpan($"No fence device is started ({string.Join(", ", devices.Select(d => d.Id))} stopped): fencing will fail", StyleRole.Danger));
        }
        else
        {
            // crm_mon does not say which nodes a device reaches (pcmk_host_list/map is configuration).
            var where = started.Select(d => $"{d.Id} ({d.AgentType}){(d.NodeName is { } n ? $" on {n}" : "")}");
            facts.Add(new TextSpan($"Fence devices started: {string.Join(", ", where)}", StyleRole.Dialog));
            if (started.All(d => !d.Nodes.IsDefaultOrEmpty && d.Nodes.All(n => n.Name == target)))
            {
                facts.Add(new TextSpan($"Every started fence device runs on {target} itself", StyleRole.Danger));
            }
        }
        if (snapshot.Summary?.Options is { StonithEnabled: false })
        {
            facts.Add(new TextSpan("STONITH is disabled in the cluster options", StyleRole.Danger));
        }
        if (snapshot.FenceHistory.Where(e => e.Target == target).MaxBy(e => e.Completed?.Value ?? DateTimeOffset.MinValue) is { } last)
        {
            var ok = last.Status == "success";
            facts.Add(new TextSpan($"Last fencing of {target}: {last.Action} {last.Status}{(last.Completed is { } at ? $" ({at.Raw})" : "")}", ok ? StyleRole.Dialog : StyleRole.Danger));
        }
    }

    private static void ResourceFacts(ImmutableArray<TextSpan>.Builder facts, ClusterSnapshot snapshot, string resource)
    {
        var scope = ResourceScope.For(snapshot, resource);
        var nodes = scope.Primitives.Where(p => p.Resource.Active).SelectMany(p => p.Resource.Nodes).Select(n => n.Name)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        facts.Add(nodes.Count == 0
            ? new TextSpan($"{resource} is not running", StyleRole.Dialog)
            : new TextSpan($"{resource} runs on {string.Join(", ", nodes)}", StyleRole.Dialog));
        if (scope.CollectiveText is { } collective)
        {
            facts.Add(new TextSpan($"{resource} is part of {collective}", StyleRole.Dialog));
        }
        else if (scope.Item is GroupResource or CloneResource or BundleResource && scope.Primitives.Length > 0)
        {
            facts.Add(new TextSpan($"{scope.Item.Kind} {resource}: {scope.Primitives.Length} resource(s) in it are affected", StyleRole.Dialog));
        }
    }
}
