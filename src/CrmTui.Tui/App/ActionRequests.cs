using System.Collections.Immutable;
using CrmTui.Commands;
using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Core.Model;
using CrmTui.Tui.Input;
using CrmTui.Tui.Presentation;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// Turns an action key into a cluster action on the selection and decides how it runs: refused
/// (read-only, unavailable — the reason goes to the status line), at once (safe actions: the
/// one-key cleanup), after a y/n dialog (disruptive), or after typing the target's name
/// (destructive). The command layer's executor still applies its own gates when it runs.
/// </summary>
public static class ActionRequests
{
    public static UpdateResult Request(UiState state, UiCommand command, UiContext context)
    {
        var label = context.Keys.BindingFor(command)?.Description ?? UiCommands.Name(command);
        if (context.ReadOnlyReason is { } readOnly)
        {
            return Refuse(state, $"{label}: not available, read-only ({readOnly})");
        }
        if (state.Snapshot is not { } snapshot)
        {
            return Refuse(state, $"{label}: no cluster data yet");
        }
        var (action, problem) = Resolve(state, snapshot, command);
        if (action is null)
        {
            return Refuse(state, $"{label}: {problem}");
        }
        if (action.DisabledReason(snapshot) is { } why)
        {
            return Refuse(state, $"{action.Description}: not available, {why}");
        }
        if (action.Danger == Danger.Safe)
        {
            return new UpdateResult(state with { Status = new TextSpan($"running: {action.Description}", StyleRole.StatusBar) }, [new RunAction(action, Confirmed: true)]);
        }
        return state with { Dialog = new PendingAction(action, Dialog(action, snapshot)) };
    }

    public static UpdateResult DialogKey(UiState state, PendingAction pending, Key key, UiContext context)
    {
        var dialog = pending.Dialog;
        var command = context.Keys.Resolve(key, KeyContexts.Dialog);
        if (dialog.TypeToConfirm is not null)
        {
            // Typing goes into the confirmation field; only Enter and Esc act.
            var (typed, outcome) = (dialog.Typed ?? PromptState.Start("> ")).Apply(key);
            return outcome switch
            {
                PromptOutcome.Cancelled => Cancelled(state, pending),
                PromptOutcome.Submitted when dialog.CanConfirm => Confirmed(state, pending),
                PromptOutcome.Submitted => state with { Dialog = pending with { Dialog = dialog with { Error = $"type {dialog.TypeToConfirm} exactly, or esc to cancel" } } },
                _ => state with { Dialog = pending with { Dialog = dialog with { Typed = typed, Error = null } } },
            };
        }
        return command switch
        {
            UiCommand.Confirm => Confirmed(state, pending),
            UiCommand.Cancel => Cancelled(state, pending),
            _ => state,
        };
    }

    private static UpdateResult Confirmed(UiState state, PendingAction pending) =>
        new(state with { Dialog = null, Status = new TextSpan($"running: {pending.Action.Description}", StyleRole.StatusBar) },
            [new RunAction(pending.Action, Confirmed: true)]);

    private static UiState Cancelled(UiState state, PendingAction pending) =>
        state with { Dialog = null, Status = new TextSpan($"cancelled: {pending.Action.Description}", StyleRole.StatusBar) };

    private static UiState Refuse(UiState state, string message) =>
        state with { Status = new TextSpan(message, StyleRole.Error) };

    private static (ClusterAction? Action, string? Problem) Resolve(UiState state, ClusterSnapshot snapshot, UiCommand command)
    {
        if (command == UiCommand.CleanupAll)
        {
            return (new CleanupAll(), null);
        }
        if (command == UiCommand.ResourceCleanup && state.View == ViewKind.Failures)
        {
            // The one-key failure cleanup: exactly this failure (resource, node, operation, interval).
            return state.Position.SelectedId is { } failureId && FailureRows.Find(snapshot, failureId) is { } failure
                ? (CleanupFailure.For(failure), null)
                : (null, "select a failure first");
        }
        var nodeCommand = command is UiCommand.NodeStandby or UiCommand.NodeMaintenance or UiCommand.NodeFence;
        if (!nodeCommand)
        {
            return (null, "select a resource first (Resources view; not built yet)");
        }
        if (state.View != ViewKind.Nodes || state.Position.SelectedId is not { } name || snapshot.FindNode(name) is not { } node)
        {
            return (null, "select a node first (Nodes view)");
        }
        ClusterAction action = command switch
        {
            UiCommand.NodeStandby => node.Standby ? new UnstandbyNode(node.Name) : new StandbyNode(node.Name),
            UiCommand.NodeMaintenance => new NodeMaintenance(node.Name, On: !node.Maintenance),
            _ => new FenceNode(node.Name),
        };
        return (action, null);
    }

    private static ConfirmDialogModel Dialog(ClusterAction action, ClusterSnapshot snapshot)
    {
        var facts = ImmutableArray.CreateBuilder<TextSpan>();
        var summary = snapshot.Summary;
        facts.Add(summary?.HasQuorum == true
            ? new TextSpan("Quorum: yes", StyleRole.Success)
            : new TextSpan("Quorum: NO — this partition may not be allowed to act", StyleRole.Danger));
        if (action is FenceNode fence)
        {
            var devices = snapshot.AllPrimitives().Select(p => p.Resource).Where(p => p.IsStonith).ToList();
            facts.Add(devices.Count == 0
                ? new TextSpan("No fence device is configured", StyleRole.Danger)
                : new TextSpan($"Fence devices: {string.Join(", ", devices.Select(d => $"{d.Id} ({d.AgentType})"))}", StyleRole.Dialog));
            if (summary?.Options is { StonithEnabled: false })
            {
                facts.Add(new TextSpan("STONITH is disabled in the cluster options", StyleRole.Danger));
            }
            if (snapshot.FindNode(fence.Node) is { } node)
            {
                facts.Add(new TextSpan($"{node.Name} runs {node.ResourcesRunning} resource(s); they stop at once", StyleRole.Dialog));
            }
        }
        else if (action.Scope == ActionScope.Node && snapshot.FindNode(action.Target) is { ResourcesRunning: > 0 } running)
        {
            facts.Add(new TextSpan($"{running.Name} runs {running.ResourcesRunning} resource(s)", StyleRole.Dialog));
        }
        var destructive = action.Danger == Danger.Destructive;
        return new ConfirmDialogModel(
            action.Description,
            destructive ? "Destructive: check the facts below before you type the name." : "This changes where services run.",
            [action.BuildCommand()],
            action.Danger,
            facts.ToImmutable(),
            destructive ? action.Target : null,
            destructive ? PromptState.Start("> ") : null);
    }
}
