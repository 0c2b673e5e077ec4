using CrmTui.Demo.Replay;
using CrmTui.Demo.Tests.Support;
using CrmTui.Transport;

namespace CrmTui.Demo.Tests.Replay;

public sealed class ReplayRunnerTests
{
    private static readonly CommandLine CrmMon = CommandLine.Of("crm_mon", "--output-as=xml");

    [Fact]
    public async Task Crm_mon_gets_each_snapshot_in_turn_then_the_first_again()
    {
        var clock = new ManualClock();
        var runner = new ReplayRunner([("a", "<a/>"), ("b", "<b/>")], clock, TimeSpan.FromSeconds(8));

        Assert.Equal("<a/>", (await runner.RunAsync(CrmMon)).Stdout);
        clock.Advance(TimeSpan.FromSeconds(8));
        Assert.Equal("<b/>", (await runner.RunAsync(CrmMon)).Stdout);
        clock.Advance(TimeSpan.FromSeconds(8));
        Assert.Equal("a", runner.CurrentName);
    }

    [Fact]
    public async Task Every_other_command_is_refused_and_nothing_runs()
    {
        var runner = new ReplayRunner(RecordedSnapshots.All, new ManualClock(), TimeSpan.FromSeconds(8));

        var result = await runner.RunAsync(CommandLine.Of("crm_attribute", "--node=node2", "--name=standby", "--update=on"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("read-only", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("read-only", runner.Target, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_needs_a_snapshot_and_a_positive_step()
    {
        Assert.Throws<ArgumentException>(() => new ReplayRunner([], new ManualClock(), TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReplayRunner([("a", "<a/>")], new ManualClock(), TimeSpan.Zero));
    }
}
