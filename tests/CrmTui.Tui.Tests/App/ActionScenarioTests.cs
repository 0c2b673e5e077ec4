using CrmTui.Core.Model;
using CrmTui.Tui.App;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Widgets;

namespace CrmTui.Tui.Tests.App;

public sealed class ActionScenarioTests
{
    [Fact]
    public void Standby_asks_first_then_runs_crm_attribute_for_the_selected_node()
    {
        // Given the nodes view with alpha-02 selected
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("j");

        // When s is pressed, a dialog shows the exact command and nothing runs yet
        h.Press("s");
        Assert.NotNull(h.State.Dialog);
        Assert.Empty(h.Runner.Calls);
        Assert.Contains("$ crm_attribute --output-as=xml --node=alpha-02 --name=standby", h.ScreenText());

        // Then y runs it through the executor, and the result is reported and logged
        h.Press("y");
        Assert.Null(h.State.Dialog);
        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--node=alpha-02", "--name=standby", "--update=on", "--lifetime=forever"],
            h.Runner.Argvs.Single());
        Assert.Contains("done", h.State.Status?.Text);
        Assert.Single(h.State.CommandLog);
        Assert.Equal(1, h.RefreshRequests);
        Assert.Single(h.Audit.Entries);
    }

    [Fact]
    public void The_standby_key_unstandbys_a_node_that_is_in_standby()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("G", "s", "enter");

        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--node=alpha-03", "--name=standby", "--delete", "--lifetime=forever"],
            h.Runner.Argvs.Single());
    }

    [Fact]
    public void Esc_or_n_cancels_a_dialog_and_nothing_runs()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());

        h.Press("s", "esc", "M", "n");

        Assert.Null(h.State.Dialog);
        Assert.Empty(h.Runner.Calls);
        Assert.StartsWith("cancelled", h.State.Status?.Text);
    }

    [Fact]
    public void A_filter_that_hides_every_row_leaves_nothing_for_an_action_to_act_on()
    {
        // Given alpha-02 selected, then a filter that matches no node
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("j");
        h.Press("/").Type("no-such-node").Press("enter");
        Assert.Contains("no row matches /no-such-node", h.ScreenText());

        // When fence and standby are pressed, no dialog opens for the hidden node and nothing runs
        h.Press("X");
        Assert.Null(h.State.Dialog);
        h.Press("s");
        Assert.Null(h.State.Dialog);
        Assert.Empty(h.Runner.Calls);
    }

    [Fact]
    public void Fencing_needs_the_node_name_typed_exactly()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("j", "X");
        Assert.Equal("alpha-02", h.State.Dialog?.Dialog.TypeToConfirm);

        // y is just a character here, and Enter with the wrong text only explains
        h.Press("y", "enter");
        Assert.Empty(h.Runner.Calls);
        Assert.Contains("type alpha-02 exactly", h.State.Dialog?.Dialog.Error);

        h.Press("backspace").Type("alpha-02").Press("enter");
        Assert.Equal(["stonith_admin", "--output-as=xml", "--reboot=alpha-02"], h.Runner.Argvs.Single());
    }

    [Fact]
    public void The_fence_dialog_shows_quorum_and_the_fence_devices()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("j", "X");

        var text = h.ScreenText();
        Assert.Contains("Quorum: yes", text);
        Assert.Contains("fence-all (fence_xvm)", text);
    }

    [Fact]
    public void An_unavailable_action_says_why_and_runs_nothing()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes(fenceDevice: false)).Press("X");

        Assert.Null(h.State.Dialog);
        Assert.Contains("no fence device", h.State.Status?.Text);
        Assert.Empty(h.Runner.Calls);
    }

    [Fact]
    public void Read_only_mode_refuses_action_keys_with_the_reason_and_keeps_them_visible()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes(), readOnlyReason: "ACL role read-only").Press("s");

        Assert.Null(h.State.Dialog);
        Assert.Empty(h.Runner.Calls);
        Assert.Contains("read-only (ACL role read-only)", h.State.Status?.Text);
        Assert.Contains(Screens.Hints(h.State, h.Context), hint => hint.Label == "standby" && hint.Disabled);
    }

    [Fact]
    public void Cleanup_of_all_failures_runs_at_once_without_a_dialog()
    {
        var snapshot = Clusters.ThreeNodes() with
        {
            Failures = [new FailedAction { OpKey = "web_monitor_10000", Node = "alpha-02", ExitStatus = "not running", ExitCode = 7 }],
        };
        var h = TuiHarness.Start(snapshot: snapshot);

        h.Press("ctrl+x");

        Assert.Null(h.State.Dialog);
        Assert.Equal(["crm_resource", "--output-as=xml", "--cleanup"], h.Runner.Argvs.Single());
    }

    [Fact]
    public void A_resource_action_on_the_nodes_view_explains_where_to_use_it()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("C");

        Assert.Contains("select a resource", h.State.Status?.Text);
        Assert.Empty(h.Runner.Calls);
    }

    [Fact]
    public void A_failing_command_is_reported_and_listed_in_the_command_log()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes());
        h.Runner.WhenProgram("crm_attribute", exitCode: 1, stderr: "Could not map name=alpha-01 to a UUID");

        h.Press("s", "y", "5");

        Assert.Equal(CrmTui.Tui.Theming.StyleRole.Error, h.State.Status?.Role);
        Assert.Contains("failed (exit 1)", h.State.Status?.Text);
        var row = ViewTables.Rows(h.State, h.Context, ViewKind.CommandLog).Single();
        Assert.Equal("exit 1", row.Cells[0].Text);
        Assert.Contains("crm_attribute", row.Cells[2].Text);
    }

    [Fact]
    public void Keys_do_nothing_before_the_first_snapshot_except_say_so()
    {
        var h = TuiHarness.Start().Press("s");

        Assert.Contains("no cluster data yet", h.State.Status?.Text);
        Assert.Contains("waiting for the first status", h.ScreenText());
    }

    [Fact]
    public void Ordinary_keys_are_ignored_by_an_open_dialog()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("s");
        var dialog = h.State.Dialog;

        h.Press("j", "q", "tab");

        Assert.Same(dialog, h.State.Dialog);
        Assert.False(h.State.QuitRequested);
    }

    [Fact]
    public void The_dialog_model_lists_the_exact_argv_the_executor_runs()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press("j", "M");
        ConfirmDialogModel dialog = h.State.Dialog!.Dialog;

        h.Press("y");

        Assert.Equal(dialog.Commands.Single().Argv.ToArray(), h.Runner.Calls.Single().Argv.ToArray());
    }

    [Fact]
    public void The_fence_dialog_warns_when_no_fence_device_is_started_and_shows_the_last_fencing()
    {
        var s = Clusters.ThreeNodes();
        s = s with
        {
            Resources = [new PrimitiveResource { Id = "fence-all", Agent = "stonith:fence_xvm", Active = false, Managed = true }],
            FenceHistory = [new FenceEvent { Action = "reboot", Target = "alpha-02", Status = "failed", Completed = CrmTime.Parse("2026-03-14 09:00:00Z") }],
        };
        var h = TuiHarness.Start(100, 40, snapshot: s).Press("j", "X");

        var facts = h.State.Dialog!.Dialog.Facts.Select(f => f.Text).ToList();
        Assert.Contains("No fence device is started (fence-all stopped): fencing will fail", facts);
        Assert.Contains("Last fencing of alpha-02: reboot failed (2026-03-14 09:00:00Z)", facts);
        Assert.Contains("alpha-02 is online and runs 2 resource(s); they stop at once", facts);
    }

    [Fact]
    public void The_fence_dialog_warns_when_the_only_fence_device_runs_on_the_target()
    {
        var s = Clusters.ThreeNodes();
        s = s with { Resources = [new PrimitiveResource { Id = "fence-all", Agent = "stonith:fence_xvm", Active = true, Managed = true, Nodes = [new ResourceNode { Name = "alpha-02" }] }] };
        var h = TuiHarness.Start(100, 40, snapshot: s).Press("j", "X");

        var facts = h.State.Dialog!.Dialog.Facts.Select(f => f.Text).ToList();
        Assert.Contains("Fence devices started: fence-all (fence_xvm) on alpha-02", facts);
        Assert.Contains("Every started fence device runs on alpha-02 itself", facts);
    }
}
