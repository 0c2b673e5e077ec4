using System.Collections.Immutable;
using CrmTui.Tui.Input;
using CrmTui.Tui.Presentation;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// The whole screen as a pure function of state: no IO, no clock but <see cref="UiState.Now"/>.
/// Snapshot tests call this directly; the main loop calls it and hands the buffer to the renderer.
/// </summary>
public static class Screens
{
    public static void Render(UiState state, ScreenBuffer buffer, UiContext context)
    {
        if (buffer.Width != state.Size.Width || buffer.Height != state.Size.Height)
        {
            buffer.Resize(state.Size.Width, state.Size.Height);
        }
        buffer.Clear();
        var layout = ScreenLayout.For(state, context);
        HeaderWidget.Render(buffer.Region(layout.Header), HeaderPresenter.For(state, context));
        BannerWidget.Render(buffer.Region(layout.Banners), BannerPresenter.For(state), context.Glyphs);
        TableWidget.Render(buffer.Region(layout.Body), ViewTables.Model(state, context, state.View), context.Glyphs);

        var bottom = buffer.Region(layout.Bottom);
        if (state.Prompt is { } prompt)
        {
            PromptLine.Render(bottom, prompt, state.PromptKind == PromptKind.Filter ? state.FilterError : state.PromptNote);
        }
        else
        {
            StatusBar.Render(bottom, Hints(state, context), state.Status, context.Glyphs);
        }

        if (state.DetailOpen && Detail(state, context) is { } detail)
        {
            DetailPanel.Render(buffer.Canvas, detail, context.Glyphs);
        }
        if (state.HelpVisible)
        {
            HelpOverlay.Render(buffer.Canvas, context.Keys, state.IsOn, state.HelpScroll, context.Glyphs, context.ReadOnlyReason);
        }
        if (state.Picker is { } picker)
        {
            Picker.Render(buffer.Canvas, picker.Model, context.Glyphs, $"{Keys(context, UiCommand.CursorDown)}/{Keys(context, UiCommand.CursorUp)} choose   {Keys(context, UiCommand.Select)} pick   {Keys(context, UiCommand.Back)} cancel");
        }
        if (state.Dialog is { } dialog)
        {
            ConfirmDialog.Render(buffer.Canvas, dialog.Dialog, context.Glyphs, context.Keys);
        }
        if (!context.Glyphs.IsUnicode)
        {
            AsciiFold.Apply(buffer);
        }
    }

    /// <summary>The detail panel for the selected row of the current view, if that view has one.</summary>
    public static DetailModel? Detail(UiState state, UiContext context)
    {
        if (state.Position.SelectedId is not { } id)
        {
            return null;
        }
        if (state.View == ViewKind.CommandLog)
        {
            return CommandLogRows.Detail(state.CommandLog, id);
        }
        if (state.View == ViewKind.Events)
        {
            return EventRows.Find(state.Events, id) is { } e ? EventRows.Detail(e, state.Now, state.EventHosts.GetValueOrDefault(e.At)) : null;
        }
        if (state.Snapshot is not { } snapshot)
        {
            return null;
        }
        return state.View switch
        {
            ViewKind.Nodes => NodeDetail.For(snapshot, id, context.Glyphs),
            ViewKind.Failures when FailureRows.Find(snapshot, id) is { } failure => FailureRows.Detail(failure),
            ViewKind.Resources when Selection.Of(state, context) is { Item: not null } selected => ResourceDetail.For(snapshot, selected),
            _ => null,
        };
    }

    /// <summary>Key hints for the focused view; in read-only mode the action keys are shown disabled.</summary>
    public static ImmutableArray<KeyHint> Hints(UiState state, UiContext context)
    {
        var readOnly = context.ReadOnlyReason is not null;
        // A replay refuses every action: its time cursor takes their place in the hints.
        var commands = state.Replay is not null ? [] : state.View switch
        {
            ViewKind.Nodes => (UiCommand[])[UiCommand.NodeStandby, UiCommand.NodeMaintenance, UiCommand.NodeFence],
            ViewKind.Resources => [UiCommand.ResourceCleanup, UiCommand.ResourceMove, UiCommand.ResourceClear, UiCommand.ResourceEnableDisable],
            ViewKind.Failures => [UiCommand.ResourceCleanup, UiCommand.CleanupAll],
            _ => [],
        };
        var hints = ImmutableArray.CreateBuilder<KeyHint>();
        foreach (var command in commands)
        {
            Add(command, command == UiCommand.ResourceEnableDisable ? EnableLabel(state, context) : Short(command), readOnly);
        }
        if (state.Replay is not null)
        {
            Add(UiCommand.ReplayPrevious, "prev", false);
            Add(UiCommand.ReplayNext, "next", false);
        }
        Add(UiCommand.Filter, state.Filter.Length > 0 ? $"filter: {state.Filter}" : "filter", false);
        Add(UiCommand.ViewNext, "view", false);
        Add(UiCommand.Help, "help", false);
        Add(UiCommand.Quit, "quit", false);
        return hints.ToImmutable();

        void Add(UiCommand command, string label, bool disabled)
        {
            if (context.Keys.BindingFor(command) is { Keys.IsEmpty: false } binding)
            {
                hints.Add(new KeyHint(binding.Keys[0].ToString(), label, disabled));
            }
        }
    }

    // The e key enables a disabled resource and disables any other: the hint says which.
    private static string EnableLabel(UiState state, UiContext context) =>
        state.Snapshot is { } snapshot && Selection.Of(state, context) is { ResourceId: not null } selected
            ? ResourceActions.Resolve(snapshot, UiCommand.ResourceEnableDisable, selected).Action switch
            {
                CrmTui.Commands.Actions.Resources.EnableResource => "enable",
                CrmTui.Commands.Actions.Resources.DisableResource => "disable",
                _ => "enable/disable",
            }
            : "enable/disable";

    private static string Keys(UiContext context, UiCommand command) =>
        context.Keys.BindingFor(command) is { Keys.IsEmpty: false } b ? b.Keys[0].ToString() : UiCommands.Name(command);

    private static string Short(UiCommand command) => command switch
    {
        UiCommand.NodeStandby => "standby",
        UiCommand.NodeMaintenance => "maint",
        UiCommand.NodeFence => "fence",
        UiCommand.ResourceCleanup => "cleanup",
        UiCommand.ResourceMove => "move",
        UiCommand.ResourceClear => "clear",
        UiCommand.ResourceEnableDisable => "enable/disable",
        UiCommand.CleanupAll => "cleanup all",
        _ => UiCommands.Name(command),
    };
}
