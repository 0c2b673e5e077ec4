using CrmTui.Commands;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

/// <summary>The config's <c>confirm</c> policy decides which actions open a dialog first.</summary>
public sealed class ConfirmPolicyScenarioTests
{
    [Fact]
    public void With_confirm_never_standby_runs_at_once()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes(), confirmFrom: null).Press("j", "s");

        Assert.Null(h.State.Dialog);
        Assert.Equal(
            ["crm_attribute", "--output-as=xml", "--node=alpha-02", "--name=standby", "--update=on", "--lifetime=forever"],
            h.Runner.Argvs.Single());
    }

    [Fact]
    public void With_confirm_always_the_one_key_cleanup_asks_first()
    {
        var h = TuiHarness.Start(snapshot: FailureScenarioTests.WithFailures(), confirmFrom: Danger.Safe).Press("3", "C");

        Assert.NotNull(h.State.Dialog);
        Assert.Empty(h.Runner.Calls);

        h.Press("y");
        Assert.Equal(
            ["crm_resource", "--output-as=xml", "--cleanup", "--resource=web-server", "--node=alpha-02", "--operation=monitor", "--interval=10000ms"],
            h.Runner.Argvs.Single());
    }

    [Fact]
    public void With_confirm_destructive_standby_runs_at_once_but_fencing_still_wants_the_name()
    {
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes(), confirmFrom: Danger.Destructive).Press("j", "s");
        Assert.Null(h.State.Dialog);
        Assert.Single(h.Runner.Calls);

        h.Press("X");
        Assert.Equal("alpha-02", h.State.Dialog?.Dialog.TypeToConfirm);
        Assert.Single(h.Runner.Calls);
    }
}
