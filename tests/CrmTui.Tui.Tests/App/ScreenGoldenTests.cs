using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

public sealed class ScreenGoldenTests
{
    public static TheoryData<int, int> Sizes => new() { { 80, 24 }, { 160, 48 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Nodes_view(int w, int h) =>
        TuiHarness.Start(w, h, Clusters.ThreeNodes()).Press("j").AssertScreen($"App/nodes-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Standby_confirmation(int w, int h) =>
        TuiHarness.Start(w, h, Clusters.ThreeNodes()).Press("j", "s").AssertScreen($"App/confirm-standby-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Fence_confirmation_half_typed(int w, int h) =>
        TuiHarness.Start(w, h, Clusters.ThreeNodes()).Press("j", "X").Type("alpha").AssertScreen($"App/confirm-fence-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Read_only_refusal(int w, int h) =>
        TuiHarness.Start(w, h, Clusters.ThreeNodes(), readOnlyReason: "ACL role read-only").Press("s").AssertScreen($"App/read-only-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Stale_data_without_quorum(int w, int h) =>
        TuiHarness.Start(w, h, Clusters.ThreeNodes(quorum: false))
            .Advance(TimeSpan.FromSeconds(75))
            .PollFails("ssh: connect to host alpha-01 port 22: Connection timed out")
            .AssertScreen($"App/stale-no-quorum-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Help_with_toggles_on(int w, int h) =>
        TuiHarness.Start(w, h, Clusters.ThreeNodes()).Press("f", "r", "?").AssertScreen($"App/help-{w}x{h}");

    [Fact]
    public void Filter_prompt_while_typing() =>
        TuiHarness.Start(80, 24, Clusters.ThreeNodes()).Press("/").Type("0[12]").AssertScreen("App/filter-80x24");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Command_log_after_a_failed_action(int w, int h) =>
        CommandLogWithAFailure(w, h).AssertScreen($"App/command-log-{w}x{h}");

    // Enter on the failed entry: the whole command, the exit code, how long it took, what it printed.
    [Theory]
    [MemberData(nameof(Sizes))]
    public void Command_log_entry_in_detail(int w, int h) =>
        CommandLogWithAFailure(w, h).Press("enter").AssertScreen($"App/command-log-detail-{w}x{h}");

    private static TuiHarness CommandLogWithAFailure(int w, int h)
    {
        var harness = TuiHarness.Start(w, h, Clusters.ThreeNodes());
        harness.Runner.WhenProgram("crm_attribute", exitCode: 1, stderr: "Error performing operation: No such device or address\nError: node alpha-01 not found");
        return harness.Press("s", "y", "5");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Node_detail_on_enter(int w, int h)
    {
        var snapshot = Clusters.ThreeNodes() with
        {
            NodeAttributes = [new Core.Model.NodeAttributeSet { Node = "alpha-02", Attributes = [new Core.Model.NodeAttribute { Node = "alpha-02", Name = "pingd", Value = "0", Expected = "1000" }] }],
        };

        TuiHarness.Start(w, h, snapshot).Press("j", "enter").AssertScreen($"App/node-detail-{w}x{h}");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Failures_view(int w, int h) =>
        TuiHarness.Start(w, h, FailureScenarioTests.WithFailures()).Press("3").AssertScreen($"App/failures-{w}x{h}");

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Failure_detail(int w, int h) =>
        TuiHarness.Start(w, h, FailureScenarioTests.WithFailures()).Press("3", "enter").AssertScreen($"App/failure-detail-{w}x{h}");
}
