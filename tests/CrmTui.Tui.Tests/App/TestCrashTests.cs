using CrmTui.Tui.App;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

public sealed class TestCrashTests
{
    [Theory]
    [InlineData("3", 3L)]
    [InlineData("1", 1L)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("0", null)]
    [InlineData("-2", null)]
    [InlineData("soon", null)]
    public void Only_a_positive_frame_count_arms_the_fault(string? value, long? expected) =>
        Assert.Equal(expected, TestCrash.AfterFrames(name => name == TestCrash.Variable ? value : null));

    [Fact]
    public void The_loop_throws_on_the_ui_thread_after_the_armed_frame_and_not_before()
    {
        var harness = TuiHarness.Start(80, 24, Clusters.ThreeNodes());
        harness.Loop.CrashAfterFrames = harness.Loop.Frames + 2;

        harness.Press("j");
        var error = Assert.Throws<InvalidOperationException>(() => harness.Press("k"));

        Assert.Contains($"{TestCrash.Variable}={harness.Loop.Frames} reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unarmed_the_loop_draws_on()
    {
        var harness = TuiHarness.Start(80, 24, Clusters.ThreeNodes());
        var before = harness.Loop.Frames;

        harness.Press("j", "k", "j");

        Assert.Null(harness.Loop.CrashAfterFrames);
        Assert.True(harness.Loop.Frames > before);
    }
}
