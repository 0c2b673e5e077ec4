using CrmTui.Tui.Input;
using CrmTui.Tui.Presentation;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.App;

/// <summary>
/// Routes a key: an open dialog takes every key, then the node picker, then an open prompt, then the help overlay;
/// otherwise the key table turns it into a <see cref="UiCommand"/>.
/// </summary>
public static class KeyHandling
{
    public static UpdateResult Apply(UiState state, Key key, UiContext context)
    {
        if (state.Dialog is { } dialog)
        {
            return ActionRequests.DialogKey(state, dialog, key, context);
        }
        if (state.Picker is { } picker)
        {
            return ActionRequests.PickerKey(state, picker, key, context);
        }
        if (state.Prompt is { } prompt)
        {
            return PromptKey(state, prompt, key, context);
        }
        var command = context.Keys.Resolve(key);
        if (state.HelpVisible)
        {
            return command switch
            {
                UiCommand.Help or UiCommand.Back => state with { HelpVisible = false, HelpScroll = 0 },
                UiCommand.CursorDown => state with { HelpScroll = state.HelpScroll + 1 },
                UiCommand.CursorUp => state with { HelpScroll = Math.Max(0, state.HelpScroll - 1) },
                UiCommand.PageDown => state with { HelpScroll = state.HelpScroll + 10 },
                UiCommand.PageUp => state with { HelpScroll = Math.Max(0, state.HelpScroll - 10) },
                UiCommand.Quit => Quit(state),
                _ => state,
            };
        }
        if (state.DetailOpen && command is UiCommand.Back or UiCommand.Select)
        {
            return state with { DetailOpen = false };
        }
        return command is { } c ? Command(state, c, context) : state;
    }

    public static UpdateResult Command(UiState state, UiCommand command, UiContext context)
    {
        switch (command)
        {
            case UiCommand.CursorUp or UiCommand.CursorDown or UiCommand.PageUp or UiCommand.PageDown
                or UiCommand.CursorTop or UiCommand.CursorBottom:
                return Navigation.Move(state, command, context);
            case UiCommand.ViewNext:
                return Navigation.Cycle(state with { DetailOpen = false }, 1, context);
            case UiCommand.ViewPrevious:
                return Navigation.Cycle(state with { DetailOpen = false }, -1, context);
            case UiCommand.ViewNodes:
                return Navigation.SwitchTo(state, ViewKind.Nodes, context);
            case UiCommand.ViewResources:
                return Navigation.SwitchTo(state, ViewKind.Resources, context);
            case UiCommand.ViewFailures:
                return Navigation.SwitchTo(state, ViewKind.Failures, context);
            case UiCommand.ViewEvents:
                return Navigation.SwitchTo(state, ViewKind.Events, context);
            case UiCommand.ViewCommandLog:
                return Navigation.SwitchTo(state, ViewKind.CommandLog, context);
            case UiCommand.Help:
                return state with { HelpVisible = true, HelpScroll = 0 };
            case UiCommand.Filter:
                return state with { PromptKind = App.PromptKind.Filter, Prompt = PromptState.Start("/", state.Filter) };
            case UiCommand.CommandMode:
                return state with { PromptKind = App.PromptKind.Command, Prompt = PromptState.Start(":") };
            case UiCommand.Back:
                return state.Filter.Length > 0 ? Navigation.Reconcile(state with { Filter = "", FilterError = null }, context) : state with { Status = null };
            case UiCommand.Quit:
                return Quit(state);
            case UiCommand.Redraw:
                return new UpdateResult(state, [new ClearScreen()]);
            case UiCommand.Pause:
                return TogglePause(state, context);
            case UiCommand.Follow:
                return state with
                {
                    Follow = !state.Follow,
                    Status = new TextSpan(state.Follow ? "follow off" : $"following {state.Position.SelectedId ?? "the selection"}", StyleRole.StatusBar),
                };
            case UiCommand.FenceHistoryLevel:
                var level = (state.FenceHistoryLevel + 1) % 4;
                return state with { FenceHistoryLevel = level, Status = new TextSpan($"fencing history level {level}", StyleRole.StatusBar) };
            case UiCommand.ReplayPrevious or UiCommand.ReplayNext or UiCommand.ReplayFirst or UiCommand.ReplayLast:
                return ReplayNavigation.Step(state, command, context);
            case UiCommand.Select:
                return Screens.Detail(state, context) is not null ? state with { DetailOpen = true } : state;
            default:
                if (UiCommands.IsToggle(command))
                {
                    var on = !state.IsOn(command);
                    var toggled = state with { Toggles = on ? state.Toggles.Add(command) : state.Toggles.Remove(command) };
                    var description = context.Keys.BindingFor(command)?.Description ?? UiCommands.Name(command);
                    var shown = Navigation.Reconcile(toggled with { Status = new TextSpan($"{description}: {(on ? "on" : "off")}", StyleRole.StatusBar) }, context);
                    // Opening the bans section reads the constraints once (the cli-prefer ones crm_mon does not list).
                    return command == UiCommand.ToggleBans && on ? new UpdateResult(shown, [new FetchConstraints()]) : shown;
                }
                return ActionRequests.Request(state, command, context);
        }
    }

    private static UpdateResult Quit(UiState state) => new(state with { QuitRequested = true }, [new QuitApp()]);

    private static UpdateResult TogglePause(UiState state, UiContext context)
    {
        if (!state.Paused)
        {
            return state with { Paused = true };
        }
        var resumed = state with { Paused = false, Held = null };
        return state.Held is { } held ? Update.Apply(resumed, held, context) : resumed;
    }

    private static UpdateResult PromptKey(UiState state, PromptState prompt, Key key, UiContext context)
    {
        var (next, outcome) = prompt.Apply(key);
        if (state.PromptKind == App.PromptKind.Filter)
        {
            // The filter applies as you type; Esc clears it, Enter keeps it.
            var text = outcome == PromptOutcome.Cancelled ? "" : next.Text;
            var (_, error) = RowFilter.Apply([], text);
            var filtered = state with
            {
                Filter = error is null ? text : state.Filter,
                FilterError = error,
                Prompt = outcome == PromptOutcome.Editing ? next : null,
                PromptKind = outcome == PromptOutcome.Editing ? state.PromptKind : null,
            };
            return Navigation.Reconcile(filtered, context);
        }
        if (key.Code == KeyCode.Tab && key.Modifiers == KeyModifiers.None)
        {
            var (completed, choices) = CommandMode.Complete(prompt.Text);
            return state with { Prompt = PromptState.Start(prompt.Prefix, completed), PromptNote = choices };
        }
        return outcome switch
        {
            PromptOutcome.Editing => state with { Prompt = next, PromptNote = null },
            PromptOutcome.Cancelled => state with { Prompt = null, PromptKind = null, PromptNote = null },
            _ => CommandMode.Run(state with { Prompt = null, PromptKind = null, PromptNote = null }, next.Text.Trim(), context),
        };
    }
}
