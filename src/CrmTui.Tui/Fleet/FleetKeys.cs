using CrmTui.Tui.App;
using CrmTui.Tui.Input;
using CrmTui.Tui.Terminal;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// Keys in the fleet. Drilled in, every key is the cluster dashboard's, except Esc when nothing
/// is open there (back to the overview) and the <c>:cluster</c>/<c>:fleet</c> commands. In the
/// overview: up/down (and paging) move in the focused list, Tab switches between clusters and
/// problems, Enter opens the selected cluster (from a problem: on the view that shows it), <c>:</c>
/// opens the command line, q quits.
/// </summary>
public static class FleetKeys
{
    public static FleetResult Apply(FleetState state, Key key, FleetContext context)
    {
        if (state.Focused is { } name && state.ClusterState(name) is { } cluster)
        {
            return Drilled(state, name, cluster, key, context);
        }
        if (state.Prompt is { } prompt)
        {
            return PromptKey(state, prompt, key, context);
        }
        var command = context.Keys.Resolve(key);
        var header = HeaderWidget.Height(FleetScreen.Header(state), state.Size.Width);
        var layout = FleetLayout.For(state, header);
        switch (command)
        {
            case UiCommand.CursorUp or UiCommand.CursorDown or UiCommand.PageUp or UiCommand.PageDown or UiCommand.CursorTop or UiCommand.CursorBottom:
                return Move(state, command.Value, layout, context);
            case UiCommand.ViewNext or UiCommand.ViewPrevious:
                return state with { Pane = state.Pane == FleetPane.Clusters ? FleetPane.Problems : FleetPane.Clusters, Status = null };
            case UiCommand.Select:
                return Open(state, context);
            case UiCommand.CommandMode:
                return state with { Prompt = PromptState.Start(":"), PromptNote = null };
            case UiCommand.Quit:
                return new FleetResult(state with { QuitRequested = true }, [new QuitApp()]);
            case UiCommand.Redraw:
                return new FleetResult(state, [new ClearScreen()]);
            case UiCommand.Back:
                return state with { Status = null };
            case UiCommand.Help:
                return state with { Status = new TextSpan(HelpText(context), StyleRole.StatusBar) };
            case null:
                return state;
            default:
                return state with { Status = new TextSpan($"{UiCommands.Name(command.Value)}: open a cluster first ({Key(context, UiCommand.Select)} or :cluster NAME)", StyleRole.StatusBar) };
        }
    }

    /// <summary>Opens a cluster's dashboard, as it was left (view, selection, filter).</summary>
    public static FleetState DrillInto(FleetState state, string name, ViewKind? view = null)
    {
        var cluster = state.ClusterState(name);
        if (cluster is null)
        {
            return state;
        }
        var clusters = view is { } v ? state.Clusters.SetItem(name, cluster with { View = v }) : state.Clusters;
        var row = state.Members.IndexOf(state.Member(name)!);
        return state with { Focused = name, Clusters = clusters, ClusterRow = row, Prompt = null, PromptNote = null, Status = null };
    }

    private static FleetResult Drilled(FleetState state, string name, UiState cluster, Key key, FleetContext context)
    {
        var command = context.Keys.Resolve(key);
        var nothingOpen = cluster.Dialog is null && cluster.Picker is null && cluster.Prompt is null && !cluster.HelpVisible
            && !cluster.DetailOpen && cluster.Filter.Length == 0;
        if (command == UiCommand.Back && nothingOpen)
        {
            return state with { Focused = null, Clusters = state.Clusters.SetItem(name, cluster with { Status = null }) };
        }
        if (cluster.Prompt is { } prompt && cluster.PromptKind == PromptKind.Command && key.Modifiers == KeyModifiers.None)
        {
            if (key.Code == KeyCode.Tab)
            {
                var (text, choices) = FleetCommands.Complete(state, prompt.Text, drilledIn: true);
                return state with { Clusters = state.Clusters.SetItem(name, cluster with { Prompt = PromptState.Start(prompt.Prefix, text), PromptNote = choices }) };
            }
            if (key.Code == KeyCode.Enter && FleetCommands.IsFleetCommand(prompt.Text))
            {
                var closed = state with { Clusters = state.Clusters.SetItem(name, cluster with { Prompt = null, PromptKind = null, PromptNote = null }) };
                return Run(closed, prompt.Text, context);
            }
        }
        return FleetUpdate.ToCluster(state, name, new KeyPressed(key));
    }

    private static FleetResult PromptKey(FleetState state, PromptState prompt, Key key, FleetContext context)
    {
        if (key.Code == KeyCode.Tab && key.Modifiers == KeyModifiers.None)
        {
            var (text, choices) = FleetCommands.Complete(state, prompt.Text, drilledIn: false);
            return state with { Prompt = PromptState.Start(prompt.Prefix, text), PromptNote = choices };
        }
        var (next, outcome) = prompt.Apply(key);
        return outcome switch
        {
            PromptOutcome.Editing => state with { Prompt = next, PromptNote = null },
            PromptOutcome.Cancelled => state with { Prompt = null, PromptNote = null },
            _ => Run(state with { Prompt = null, PromptNote = null }, next.Text, context),
        };
    }

    /// <summary>Runs a fleet command line (see <see cref="FleetCommands"/>).</summary>
    public static FleetResult Run(FleetState state, string text, FleetContext context)
    {
        var word = FleetCommands.Word(text);
        if (word.Length == 0)
        {
            return state;
        }
        switch (FleetCommands.OverviewCommand(word))
        {
            case "cluster":
                var (name, error) = FleetCommands.FindCluster(state, FleetCommands.Argument(text));
                return name is not null ? DrillInto(state, name) : Error(state, error!);
            case "fleet":
                return state with { Focused = null, Status = null };
            case "problems":
                return state with { Focused = null, Pane = FleetPane.Problems, Status = null };
            case "quit" or "q":
                return new FleetResult(state with { QuitRequested = true }, [new QuitApp()]);
            default:
                return Error(state, $"unknown command :{text.Trim()} (try :cluster NAME, :problems, :quit; tab completes)");
        }
    }

    private static FleetState Error(FleetState state, string message)
    {
        var span = new TextSpan(message, StyleRole.Error);
        // Drilled in, the message belongs on that dashboard's status line.
        return state.Focused is { } name && state.ClusterState(name) is { } cluster
            ? state with { Clusters = state.Clusters.SetItem(name, cluster with { Status = span }) }
            : state with { Status = span };
    }

    private static FleetResult Open(FleetState state, FleetContext context)
    {
        if (state.Pane == FleetPane.Clusters)
        {
            return state.ClusterRow >= 0 && state.ClusterRow < state.Members.Length ? DrillInto(state, state.Members[state.ClusterRow].Name) : state;
        }
        var problems = FleetProblems.For(state);
        if (state.ProblemRow < 0 || state.ProblemRow >= problems.Length)
        {
            return state;
        }
        var problem = problems[state.ProblemRow];
        return DrillInto(state, problem.Cluster, ViewFor(FleetProblems.RuleOf(problem)));
    }

    // The dashboard view where the operator sees the problem's detail.
    private static ViewKind? ViewFor(string rule) => rule switch
    {
        nameof(Core.Health.HealthRule.FailedActions) or nameof(Core.Health.HealthRule.PendingFencing) or nameof(Core.Health.HealthRule.FailedFencing) => ViewKind.Failures,
        nameof(Core.Health.HealthRule.StoppedResources) => ViewKind.Resources,
        nameof(Core.Health.HealthRule.UncleanNodes) or nameof(Core.Health.HealthRule.OfflineNodes) => ViewKind.Nodes,
        _ => null,
    };

    private static FleetState Move(FleetState state, UiCommand command, FleetLayout layout, FleetContext context)
    {
        var clusters = state.Pane == FleetPane.Clusters;
        var count = clusters ? state.Members.Length : FleetProblems.For(state).Length;
        var page = clusters ? layout.ClusterPage : layout.ProblemPage;
        var current = clusters ? state.ClusterRow : state.ProblemRow;
        var next = command switch
        {
            UiCommand.CursorUp => current - 1,
            UiCommand.CursorDown => current + 1,
            UiCommand.PageUp => current - page,
            UiCommand.PageDown => current + page,
            UiCommand.CursorTop => 0,
            _ => count - 1,
        };
        next = Math.Clamp(next, 0, Math.Max(0, count - 1));
        return clusters ? state with { ClusterRow = next, Status = null } : state with { ProblemRow = next, Status = null };
    }

    private static string HelpText(FleetContext context) =>
        $"fleet: {Key(context, UiCommand.CursorDown)}/{Key(context, UiCommand.CursorUp)} choose  {Key(context, UiCommand.Select)} open  "
        + $"{Key(context, UiCommand.ViewNext)} clusters/problems  :cluster NAME  {Key(context, UiCommand.Back)} back (in a cluster)  {Key(context, UiCommand.Quit)} quit";

    private static string Key(FleetContext context, UiCommand command) =>
        context.Keys.BindingFor(command) is { Keys.IsEmpty: false } b ? b.Keys[0].ToString() : UiCommands.Name(command);
}
