using System.Collections.Immutable;
using System.Globalization;
using CrmTui.Core.Health;
using CrmTui.Tui.App;
using CrmTui.Tui.Input;
using CrmTui.Tui.Rendering;
using CrmTui.Tui.Theming;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Fleet;

/// <summary>
/// The fleet's whole screen as a pure function of state: the overview (clusters table, problems
/// list, key hints or the command line), or — drilled in — that cluster's own dashboard, drawn by
/// <see cref="Screens.Render"/> exactly as a single-cluster session would, its title saying how back.
/// </summary>
public static class FleetScreen
{
    public static void Render(FleetState state, ScreenBuffer buffer, FleetContext context)
    {
        if (state.Focused is { } name && state.ClusterState(name) is { } cluster && state.Member(name) is { } member)
        {
            Screens.Render(cluster with { Size = state.Size, Now = state.Now }, buffer, DrilledContext(member));
            return;
        }
        if (buffer.Width != state.Size.Width || buffer.Height != state.Size.Height)
        {
            buffer.Resize(state.Size.Width, state.Size.Height);
        }
        buffer.Clear();
        var header = Header(state);
        var layout = FleetLayout.For(state, HeaderWidget.Height(header, state.Size.Width));
        HeaderWidget.Render(buffer.Region(layout.Header), header);
        TableWidget.Render(buffer.Region(layout.Clusters),
            new TableModel(FleetRows.ClusterColumns, FleetRows.Clusters(state, context), state.ClusterRow, 0, "no clusters configured", state.Pane == FleetPane.Clusters),
            context.Glyphs);

        var problems = FleetProblems.For(state);
        var area = layout.Problems;
        if (area.Height > 0)
        {
            var heading = buffer.Region(area with { Height = 1 });
            var x = heading.Write(0, 0, "Problems", StyleRole.Title);
            heading.Write(x, 0, string.Create(CultureInfo.InvariantCulture, $" ({problems.Length})"), problems.IsEmpty ? StyleRole.Dim : StyleRole.Failure);
            TableWidget.Render(buffer.Region(new Rect(area.X, area.Y + 1, area.Width, area.Height - 1)),
                new TableModel(FleetRows.ProblemColumns, FleetRows.Problems(problems, state.Now), state.ProblemRow, 0,
                    "no problems: every cluster answers and passes the check", state.Pane == FleetPane.Problems),
                context.Glyphs);
        }

        var bottom = buffer.Region(layout.Bottom);
        if (state.Prompt is { } prompt)
        {
            PromptLine.Render(bottom, prompt, state.PromptNote);
        }
        else
        {
            StatusBar.Render(bottom, Hints(state, context), state.Status, context.Glyphs);
        }
    }

    /// <summary>The context a drilled-in dashboard is drawn with: its title names the cluster and the way back.</summary>
    public static UiContext DrilledContext(FleetMember member) =>
        member.Context with { ClusterName = $"{member.Name} ‹ fleet: esc" };

    public static HeaderModel Header(FleetState state)
    {
        var c = CultureInfo.InvariantCulture;
        var levels = state.Members.Select(m => state.Health.GetValueOrDefault(m.Name)?.Level).ToList();
        var fields = ImmutableArray.CreateBuilder<HeaderField>();
        fields.Add(new HeaderField("Clusters", state.Members.Length.ToString(c)));
        Count(HealthLevel.Ok, "OK", StyleRole.Success);
        Count(HealthLevel.Warning, "WARNING", StyleRole.Failure);
        Count(HealthLevel.Critical, "CRITICAL", StyleRole.Danger);
        var noData = levels.Count(l => l is null);
        if (noData > 0)
        {
            fields.Add(new HeaderField("No data", new TextSpan(noData.ToString(c), StyleRole.Dim)));
        }
        return new HeaderModel("crmtui · fleet", [], -1, fields.ToImmutable());

        void Count(HealthLevel level, string label, StyleRole role)
        {
            var n = levels.Count(l => l == level);
            if (n > 0)
            {
                fields.Add(new HeaderField(label, new TextSpan(n.ToString(c), role)));
            }
        }
    }

    public static ImmutableArray<KeyHint> Hints(FleetState state, FleetContext context)
    {
        var hints = ImmutableArray.CreateBuilder<KeyHint>();
        Add(UiCommand.Select, "open");
        Add(UiCommand.ViewNext, state.Pane == FleetPane.Clusters ? "problems" : "clusters");
        Add(UiCommand.CommandMode, "cluster NAME");
        Add(UiCommand.Help, "help");
        Add(UiCommand.Quit, "quit");
        return hints.ToImmutable();

        void Add(UiCommand command, string label)
        {
            if (context.Keys.BindingFor(command) is { Keys.IsEmpty: false } binding)
            {
                hints.Add(new KeyHint(binding.Keys[0].ToString(), label));
            }
        }
    }
}
