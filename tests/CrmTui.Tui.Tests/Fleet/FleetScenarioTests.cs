using CrmTui.Core.Health;
using CrmTui.Tui.App;
using CrmTui.Tui.Fleet;
using CrmTui.Tui.Tests.App;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.Fleet;

public sealed class FleetScenarioTests
{
    [Fact]
    public void The_overview_gives_each_cluster_its_check_verdict_counts_host_and_data_age()
    {
        // Given a fleet with a healthy, a failing, a stale and a silent cluster
        var h = FleetFixtures.Mixed();

        // When the rows are built
        var rows = FleetRows.Clusters(h.State, h.Context);

        // Then
        Assert.Equal(["alpha", "bravo", "charlie", "delta"], rows.Select(r => r.Id));
        Assert.Equal(["alpha", "OK", "3/3", "1/1", "0", "alpha-01", "5s"], rows[0].Cells.Take(7).Select(c => c.Text));
        Assert.Equal("CRITICAL (1)", rows[1].Cells[1].Text);
        Assert.Equal("2", rows[1].Cells[4].Text);
        Assert.Equal("25s", rows[2].Cells[6].Text);
        Assert.Equal(StyleRole.Danger, rows[2].Cells[6].Role);
        Assert.Equal(["waiting", "-"], new[] { rows[3].Cells[1].Text, rows[3].Cells[5].Text == "delta-01" ? "-" : rows[3].Cells[5].Text });
    }

    [Fact]
    public void Enter_drills_into_the_selected_cluster_and_esc_comes_back_to_where_it_was()
    {
        var h = FleetFixtures.Mixed();

        h.Press("j", "enter");
        Assert.Equal("bravo", h.State.Focused);
        Assert.Contains("crmtui · bravo ‹ fleet: esc", h.ScreenText());

        h.Press("3");
        Assert.Equal(ViewKind.Failures, h.State.ClusterState("bravo")!.View);

        h.Press("escape");
        Assert.Null(h.State.Focused);
        Assert.Contains("crmtui · fleet", h.ScreenText());
        Assert.Equal(1, h.State.ClusterRow);

        h.Press("enter");
        Assert.Equal(ViewKind.Failures, h.State.ClusterState("bravo")!.View);
    }

    [Fact]
    public void Esc_inside_a_cluster_first_clears_what_is_open_there()
    {
        var h = FleetFixtures.Mixed().Press("enter", "/").Type("02").Press("enter");
        Assert.Equal("02", h.State.ClusterState("alpha")!.Filter);

        h.Press("escape");
        Assert.Equal("alpha", h.State.Focused);
        Assert.Equal("", h.State.ClusterState("alpha")!.Filter);

        h.Press("escape");
        Assert.Null(h.State.Focused);
    }

    [Fact]
    public void Cluster_command_jumps_by_unique_prefix_from_the_overview_and_from_inside_a_cluster()
    {
        var h = FleetFixtures.Mixed();

        h.Press(":").Type("cluster CHA").Press("enter");
        Assert.Equal("charlie", h.State.Focused);

        h.Press(":").Type("cluster delta").Press("enter");
        Assert.Equal("delta", h.State.Focused);

        h.Press(":").Type("fleet").Press("enter");
        Assert.Null(h.State.Focused);
        Assert.Equal(3, h.State.ClusterRow);
    }

    [Fact]
    public void Tab_completes_cluster_names_and_lists_them_when_ambiguous()
    {
        var h = FleetHarness.Start(80, 24, "web-prod", "web-test", "db");

        h.Press(":").Type("cl").Press("tab");
        Assert.Equal("cluster ", h.State.Prompt!.Text);

        h.Type("w").Press("tab");
        Assert.Equal("cluster web-", h.State.Prompt!.Text);
        Assert.Equal("web-prod web-test", h.State.PromptNote);

        h.Type("t").Press("tab", "enter");
        Assert.Equal("web-test", h.State.Focused);

        // Inside a cluster the dashboard's own command line completes cluster names too.
        h.Press(":").Type("cluster d").Press("tab");
        Assert.Equal("cluster db", h.State.ClusterState("web-test")!.Prompt!.Text);
    }

    [Fact]
    public void An_unknown_cluster_is_named_in_the_status_line_and_nothing_moves()
    {
        var h = FleetFixtures.Mixed().Press(":").Type("cluster zulu").Press("enter");

        Assert.Null(h.State.Focused);
        Assert.Contains("no cluster named zulu", h.State.Status!.Value.Text);
    }

    [Fact]
    public void Dashboard_commands_still_work_inside_a_cluster()
    {
        var h = FleetFixtures.Mixed().Press("enter", ":").Type("failures").Press("enter");

        Assert.Equal("alpha", h.State.Focused);
        Assert.Equal(ViewKind.Failures, h.State.ClusterState("alpha")!.View);
    }

    [Fact]
    public void The_problems_list_aggregates_every_cluster_worst_first_with_since()
    {
        var h = FleetFixtures.Mixed();

        var problems = FleetProblems.For(h.State);

        Assert.Equal(("charlie", HealthLevel.Critical), (problems[0].Cluster, problems[0].Level));
        Assert.StartsWith("stale, data 25s old: ssh: connect to host charlie-01", problems[0].What);
        Assert.Equal(TimeSpan.FromSeconds(5), h.State.Now - problems[0].Since);
        Assert.Contains(problems, p => p.Cluster == "bravo" && p.Level == HealthLevel.Critical && p.What.StartsWith("2 failed actions", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Cluster is "alpha" or "delta");
    }

    [Fact]
    public void A_problem_keeps_its_since_while_it_lasts_and_goes_when_it_is_fixed()
    {
        var h = FleetFixtures.Mixed();
        var since = FleetProblems.For(h.State).Single(p => p.Cluster == "bravo").Since;

        h.Advance(TimeSpan.FromSeconds(30)).Receive("bravo", FailureScenarioTests.WithFailures() with { Failures = [FailureScenarioTests.WithFailures().Failures[0]] });
        Assert.Equal(since, FleetProblems.For(h.State).Single(p => p.Cluster == "bravo").Since);

        h.Receive("bravo", Clusters.ThreeNodes());
        Assert.DoesNotContain(FleetProblems.For(h.State), p => p.Cluster == "bravo");
    }

    [Fact]
    public void Enter_on_a_problem_opens_its_cluster_on_the_view_that_shows_it()
    {
        var h = FleetFixtures.Mixed().Press("tab", "j");
        Assert.Equal(FleetPane.Problems, h.State.Pane);

        h.Press("enter");

        Assert.Equal("bravo", h.State.Focused);
        Assert.Equal(ViewKind.Failures, h.State.ClusterState("bravo")!.View);
    }

    [Fact]
    public void A_cluster_that_never_answers_turns_red_when_the_stale_limit_passes_with_no_message_at_all()
    {
        var h = FleetFixtures.Mixed();
        Assert.Equal("waiting", FleetRows.Clusters(h.State, h.Context)[3].Cells[1].Text);

        // Only the fleet's own clock ticks fire: delta's watcher never posts.
        h.Advance(TimeSpan.FromSeconds(50));

        var row = FleetRows.Clusters(h.State, h.Context)[3];
        Assert.Equal(("UNKNOWN", StyleRole.Danger), (row.Cells[1].Text, row.Cells[1].Role));
        Assert.Contains(FleetProblems.For(h.State), p => p.Cluster == "delta" && p.What == "no answer for 1m15s");
    }

    [Fact]
    public void An_action_inside_a_cluster_runs_on_that_cluster_only_and_refreshes_only_it()
    {
        var h = FleetFixtures.Mixed().Press("j", "enter", "j", "s", "y");

        Assert.Single(h.Runners["bravo"].CallsTo("crm_attribute"));
        Assert.All(new[] { "alpha", "charlie", "delta" }, n => Assert.Empty(h.Runners[n].Calls));
        Assert.Equal(["bravo"], h.Refreshes);
    }

    [Fact]
    public void Updates_of_other_clusters_while_drilled_in_change_only_their_rows()
    {
        var h = FleetFixtures.Mixed().Press("j", "enter", "j");
        var bravo = h.State.ClusterState("bravo");

        h.Receive("alpha", Clusters.ThreeNodes().WithNode("alpha-02", n => n with { Online = false }));

        Assert.Same(bravo, h.State.ClusterState("bravo"));
        Assert.Equal("bravo", h.State.Focused);
        Assert.Equal("WARNING (1)", FleetRows.Clusters(h.State, h.Context)[0].Cells[1].Text);
    }

    [Fact]
    public void Q_quits_from_the_overview_and_from_inside_a_cluster()
    {
        Assert.True(FleetFixtures.Mixed().Press("q").State.QuitRequested);
        Assert.True(FleetFixtures.Mixed().Press("enter", "q").State.QuitRequested);
    }
}
