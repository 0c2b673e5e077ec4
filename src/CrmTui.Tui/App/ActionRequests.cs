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
/// one-key cleanup, whose scope goes to the status line), after a node picker (move), after a
/// y/n dialog (disruptive), or after typing the target's name (destructive). The command layer's
/// executor still applies its own gates when it runs.
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
        if (command == UiCommand.CleanupAll)
        {
            return Offer(state, new CleanupAll(), snapshot, context);
        }
        var selected = Selection.Of(state, context);
        if (command is UiCommand.NodeStandby or UiCommand.NodeMaintenance or UiCommand.NodeFence)
        {
            return selected is { Kind: SelectedKind.Node, Node: { } name } && snapshot.FindNode(name) is { } node
                ? Offer(state, NodeAction(command, node), snapshot, context)
                : Refuse(state, $"{label}: select a node first (Nodes view)");
        }
        if (selected is null || selected.Kind == SelectedKind.Node || selected.ResourceId is null)
        {
            return Refuse(state, $"{label}: select a resource or a failure first (Resources or Failures view)");
        }
        if (command == UiCommand.ResourceCleanup && selected.Kind == SelectedKind.Failure)
        {
            // The one-key failure cleanup: exactly this failure (resource, node, operation, interval).
            return state.Position.SelectedId is { } failureId && FailureRows.Find(snapshot, failureId) is { } failure
                ? Offer(state, CleanupFailure.For(failure), snapshot, context)
                : Refuse(state, $"{label}: that failure is no longer listed");
        }
        var choice = ResourceActions.Resolve(snapshot, command, selected);
        if (choice.Pick is { } pick)
        {
            return state with { Picker = pick, Status = null };
        }
        return choice.Action is { } action ? Offer(state, action, snapshot, context) : Refuse(state, $"{label}: {choice.Problem}");
    }

    /// <summary>Runs an action at once when the confirmation policy lets it (safe ones, by default), or asks
    /// first; refuses when the snapshot says it does not apply.</summary>
    public static UpdateResult Offer(UiState state, ClusterAction action, ClusterSnapshot snapshot, UiContext context)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(context);
        if (action.DisabledReason(snapshot) is { } why)
        {
            return Refuse(state, $"{action.Description}: not available, {why}");
        }
        return context.ConfirmFrom is not { } askFrom || action.Danger < askFrom
            ? Run(state, action, snapshot)
            : state with { Dialog = new PendingAction(action, ActionDialogs.For(action, snapshot)) };
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
                PromptOutcome.Cancelled => Cancelled(state, pending.Action),
                PromptOutcome.Submitted when dialog.CanConfirm => Run(state with { Dialog = null }, pending.Action, state.Snapshot),
                PromptOutcome.Submitted => state with { Dialog = pending with { Dialog = dialog with { Error = $"type {dialog.TypeToConfirm} exactly, or esc to cancel" } } },
                _ => state with { Dialog = pending with { Dialog = dialog with { Typed = typed, Error = null } } },
            };
        }
        return command switch
        {
            UiCommand.Confirm => Run(state with { Dialog = null }, pending.Action, state.Snapshot),
            UiCommand.Cancel => Cancelled(state, pending.Action),
            _ => state,
        };
    }

    /// <summary>Keys in the node picker: move the choice, Enter picks (then the move's own dialog), Esc or n cancels.</summary>
    public static UpdateResult PickerKey(UiState state, NodePick pick, Key key, UiContext context)
    {
        var model = pick.Model;
        var last = Math.Max(0, model.Items.Length - 1);
        int? selected = context.Keys.Resolve(key) switch
        {
            UiCommand.CursorDown => Math.Min(last, model.Selected + 1),
            UiCommand.CursorUp => Math.Max(0, model.Selected - 1),
            UiCommand.CursorTop or UiCommand.PageUp => 0,
            UiCommand.CursorBottom or UiCommand.PageDown => last,
            _ => null,
        };
        if (selected is { } index)
        {
            return state with { Picker = pick with { Model = model with { Selected = index } } };
        }
        var closed = state with { Picker = null };
        if (context.Keys.Resolve(key) == UiCommand.Select && pick.Chosen is { } node && state.Snapshot is { } snapshot)
        {
            return Offer(closed, new MoveResource(pick.Resource, node, Promoted: pick.Promoted), snapshot, context);
        }
        if (context.Keys.Resolve(key) == UiCommand.Back || context.Keys.Resolve(key, KeyContexts.Dialog) == UiCommand.Cancel)
        {
            return closed with { Status = new TextSpan($"cancelled: {model.Title}", StyleRole.StatusBar) };
        }
        return state;
    }

    private static UpdateResult Run(UiState state, ClusterAction action, ClusterSnapshot? snapshot)
    {
        var scope = snapshot is null ? null : CleanupScope.For(action, snapshot);
        var status = scope is null ? $"running: {action.Description}" : $"running {scope.Text}";
        return new UpdateResult(
            state with { Status = new TextSpan(status, StyleRole.StatusBar), Reprobe = scope is null ? state.Reprobe : new ReprobeWatch(scope) },
            [new RunAction(action, Confirmed: true)]);
    }

    private static ClusterAction NodeAction(UiCommand command, ClusterNode node) => command switch
    {
        UiCommand.NodeStandby => node.Standby ? new UnstandbyNode(node.Name) : new StandbyNode(node.Name),
        UiCommand.NodeMaintenance => new NodeMaintenance(node.Name, On: !node.Maintenance),
        _ => new FenceNode(node.Name),
    };

    private static UiState Cancelled(UiState state, ClusterAction action) =>
        state with { Dialog = null, Status = new TextSpan($"cancelled: {action.Description}", StyleRole.StatusBar) };

    private static UiState Refuse(UiState state, string message) =>
        state with { Status = new TextSpan(message, StyleRole.Error) };
}
