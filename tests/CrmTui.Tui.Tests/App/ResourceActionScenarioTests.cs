using CrmTui.Tui.App;
using CrmTui.Tui.Tests.Support;
using CrmTui.Tui.Tests.Views;
using CrmTui.Tui.Theming;

namespace CrmTui.Tui.Tests.App;

// Resource keys on the Resources view of real crm_mon output (cts-cli-crm_mon: a group, a bundle,
// clones, a promotable clone, a ban of dummy from cluster01). Rows are selected with the filter,
// as an operator would, so the tests do not depend on row order.
public sealed class ResourceActionScenarioTests
{
    private static TuiHarness Resources(string filter, string? readOnlyReason = null)
    {
        var h = TuiHarness.Start(160, 48, Fixtures.Load("cts-cli-crm_mon"), readOnlyReason).Press("2", "/").Type(filter).Press("enter");
        Assert.NotNull(Selection.Of(h.State, h.Context));
        return h;
    }

    [Fact]
    public void Cleanup_of_a_group_member_runs_at_once_and_says_it_covers_the_whole_group()
    {
        var h = Resources("Public-IP");

        h.Press("C");

        Assert.Null(h.State.Dialog);
        Assert.Equal(["crm_resource", "--output-as=xml", "--cleanup", "--resource=Public-IP", "--node=cluster02"], h.Runner.Argvs.Single());
        Assert.Contains("cleanup of Public-IP on cluster02 (whole group exim-group)", h.State.Status?.Text);
        Assert.StartsWith("done, re-probing", h.State.Status?.Text);
    }

    [Fact]
    public void Move_opens_a_picker_of_eligible_nodes_then_a_dialog_with_the_exact_command()
    {
        // Given a group member selected (the group runs on cluster02)
        var h = Resources("Public-IP");

        // When v is pressed, only cluster01 is offered: cluster02 runs it, bundle nodes and offline nodes are not
        h.Press("v");
        Assert.NotNull(h.State.Picker);
        Assert.Equal(["cluster01"], h.State.Picker!.Model.Items.Select(i => i.Label));
        Assert.Contains("Move exim-group to", h.ScreenText());
        Assert.Contains("cluster02 runs it now", h.State.Picker.Model.Description);
        Assert.Empty(h.Runner.Calls);

        // Then enter picks it and the move's dialog shows the group and the argv; y runs it
        h.Press("enter");
        Assert.Null(h.State.Picker);
        Assert.Contains("$ crm_resource --output-as=xml --move --resource=exim-group --node=cluster01", h.ScreenText());
        Assert.Contains("exim-group runs on cluster02", h.ScreenText());
        h.Press("y");
        Assert.Equal(["crm_resource", "--output-as=xml", "--move", "--resource=exim-group", "--node=cluster01"], h.Runner.Argvs.Single());
    }

    [Fact]
    public void Esc_closes_the_picker_and_nothing_runs()
    {
        var h = Resources("Public-IP").Press("v", "j", "esc");

        Assert.Null(h.State.Picker);
        Assert.Null(h.State.Dialog);
        Assert.Empty(h.Runner.Calls);
        Assert.StartsWith("cancelled", h.State.Status?.Text);
    }

    [Fact]
    public void Move_with_no_eligible_node_says_why_for_each_node()
    {
        // dummy runs on cluster02 and is banned from cluster01
        var h = Resources("^dummy").Press("v");

        Assert.Null(h.State.Picker);
        Assert.Contains("no node to move dummy to: cluster01 is banned, cluster02 runs it now", h.State.Status?.Text);
        Assert.Equal(StyleRole.Error, h.State.Status?.Role);
    }

    [Fact]
    public void Move_of_a_promotable_clone_moves_its_promoted_role()
    {
        var h = Resources("Unpromoted").Press("v");

        Assert.Equal(["cluster01"], h.State.Picker!.Model.Items.Select(i => i.Label));
        h.Press("enter", "y");
        Assert.Equal(["crm_resource", "--output-as=xml", "--move", "--resource=promotable-clone", "--node=cluster01", "--promoted"], h.Runner.Argvs.Single());
    }

    [Fact]
    public void Move_of_an_ordinary_clone_is_refused_with_the_alternative()
    {
        var h = Resources("^ping-clone").Press("v");

        Assert.Null(h.State.Picker);
        Assert.Contains("ban it from a node (B) instead", h.State.Status?.Text);
    }

    [Fact]
    public void Ban_on_a_clone_instance_bans_the_clone_from_that_instance_node_after_a_dialog()
    {
        var h = Resources("ping.*cluster01").Press("B");

        Assert.NotNull(h.State.Dialog);
        Assert.Contains("ping-clone runs on cluster01, cluster02", h.ScreenText());
        h.Press("y");
        Assert.Equal(["crm_resource", "--output-as=xml", "--ban", "--resource=ping-clone", "--node=cluster01"], h.Runner.Argvs.Single());
    }

    [Fact]
    public void Clear_on_a_member_clears_the_group_constraints_at_once()
    {
        var h = Resources("Email").Press("u");

        Assert.Null(h.State.Dialog);
        Assert.Equal(["crm_resource", "--output-as=xml", "--clear", "--resource=exim-group"], h.Runner.Argvs.Single());
    }

    [Fact]
    public void Clear_on_a_ban_row_clears_that_ban_only()
    {
        var h = TuiHarness.Start(160, 48, Fixtures.Load("cts-cli-crm_mon")).Press("2", "L", "/").Type("prevents").Press("enter");
        var selected = Selection.Of(h.State, h.Context);
        Assert.Equal(CrmTui.Tui.Presentation.SelectedKind.Ban, selected?.Kind);

        h.Press("u");

        // (the other calls are the bans section reading the constraints: cibadmin --query)
        Assert.Equal(["crm_resource", "--output-as=xml", "--clear", "--resource=dummy", "--node=cluster01"], h.Runner.CallsTo("crm_resource").Single().Argv.ToArray());
        Assert.All(h.Runner.Argvs.Where(a => a[0] != "crm_resource"), a => Assert.Equal(["cibadmin", "--query", "--scope=constraints"], a));
    }

    [Fact]
    public void E_disables_a_running_resource_after_a_dialog_and_the_hint_says_disable()
    {
        var h = Resources("^dummy");
        Assert.Contains(Screens.Hints(h.State, h.Context), hint => hint.Label == "disable");

        h.Press("e");
        Assert.Contains("This stops services and keeps them stopped.", h.ScreenText());
        h.Press("y");

        Assert.Equal(["crm_resource", "--output-as=xml", "--resource=dummy", "--meta", "--set-parameter=target-role", "--parameter-value=Stopped"], h.Runner.Argvs.Single());
    }

    [Fact]
    public void E_enables_a_disabled_clone_at_once()
    {
        var h = TuiHarness.Start(160, 48, Fixtures.Load("cts-cli-crm_mon")).Press("2", "r", "/").Type("inactive-clone").Press("enter");

        h.Press("e");

        Assert.Null(h.State.Dialog);
        Assert.Equal(["crm_resource", "--output-as=xml", "--resource=inactive-clone", "--meta", "--set-parameter=target-role", "--parameter-value=Started"], h.Runner.Argvs.Single());
    }

    [Fact]
    public void Restart_of_a_clone_instance_restarts_the_clone_after_a_dialog()
    {
        var h = Resources("ping.*cluster02").Press("ctrl+r");

        Assert.Contains("$ crm_resource --output-as=xml --restart --resource=ping-clone", h.ScreenText());
        h.Press("n");
        Assert.Empty(h.Runner.Calls);
    }

    [Fact]
    public void Refresh_of_an_instance_runs_at_once_on_its_node()
    {
        var h = Resources("^dummy").Press("p");

        Assert.Equal(["crm_resource", "--output-as=xml", "--refresh", "--resource=dummy", "--node=cluster02"], h.Runner.Argvs.Single());
        Assert.Contains("refresh of dummy on cluster02", h.State.Status?.Text);
    }

    [Fact]
    public void In_read_only_mode_resource_keys_are_refused_with_the_reason_and_shown_disabled()
    {
        var h = Resources("Public-IP", readOnlyReason: "profile is read-only").Press("v", "C", "e");

        Assert.Null(h.State.Picker);
        Assert.Empty(h.Runner.Calls);
        Assert.Contains("read-only (profile is read-only)", h.State.Status?.Text);
        Assert.All(Screens.Hints(h.State, h.Context).Where(x => x.Label is "cleanup" or "move" or "clear"), x => Assert.True(x.Disabled));
    }

    [Fact]
    public void A_heading_row_without_a_resource_explains_what_to_select()
    {
        var h = TuiHarness.Start(80, 24, Fixtures.Load("lab-after-node-loss")).Press("3", "j", "C");

        Assert.Contains("select a resource or a failure first", h.State.Status?.Text);
        Assert.Empty(h.Runner.Calls);
    }
}
