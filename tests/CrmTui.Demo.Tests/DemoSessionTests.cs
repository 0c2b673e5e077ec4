using CrmTui.Demo.Replay;
using CrmTui.Demo.Tests.Support;
using CrmTui.TestKit.Fakes;

namespace CrmTui.Demo.Tests;

public sealed class DemoSessionTests
{
    [Fact]
    public async Task Without_the_tools_on_PATH_the_demo_replays_and_says_which_are_missing()
    {
        var empty = Directory.CreateTempSubdirectory("crmtui-demo-test-").FullName;
        try
        {
            var local = new RecordingRunner();
            using var session = await DemoSession.StartAsync(new DemoOptions(empty, false, null, local, new ManualClock()));

            Assert.True(session.IsReplay);
            Assert.IsType<ReplayRunner>(session.Runner);
            Assert.Contains("crm_simulate", session.ReplayReason, StringComparison.Ordinal);
            Assert.Null(session.Directory);
            Assert.Empty(local.Calls);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public async Task Replay_can_be_asked_for_whatever_is_installed()
    {
        using var session = await DemoSession.StartAsync(new DemoOptions("/usr/sbin:/usr/bin", true, null, new RecordingRunner(), new ManualClock()));

        Assert.True(session.IsReplay);
        Assert.Contains("--replay", session.ReplayReason, StringComparison.Ordinal);
    }
}
