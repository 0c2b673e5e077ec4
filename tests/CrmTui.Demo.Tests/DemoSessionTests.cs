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
    public async Task Tools_found_nowhere_are_named_with_how_to_install_them()
    {
        var empty = Directory.CreateTempSubdirectory("crmtui-demo-test-").FullName;
        try
        {
            var options = new DemoOptions(empty, false, null, new RecordingRunner(), new ManualClock()) { HintDirectories = [empty] };
            using var session = await DemoSession.StartAsync(options);

            Assert.Equal(
                "Pacemaker's CLI tools are not on PATH (crm_simulate, crm_mon, crm_attribute, crm_resource, crm_ticket); "
                + "install them for the live simulation (./install.sh --with-pacemaker-tools)",
                session.ReplayReason);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public async Task Tools_installed_off_PATH_are_pointed_at_without_being_run()
    {
        // Given: the tools in a "system" directory (as Debian's /usr/sbin) that PATH lacks
        var sbin = Directory.CreateTempSubdirectory("crmtui-demo-sbin-").FullName;
        var empty = Directory.CreateTempSubdirectory("crmtui-demo-test-").FullName;
        try
        {
            foreach (var tool in PacemakerTools.Required)
            {
                var file = Path.Combine(sbin, tool);
                File.WriteAllText(file, "#!/bin/sh\nexit 99\n");
                if (!OperatingSystem.IsWindows())
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }
            var local = new RecordingRunner();

            // When
            using var session = await DemoSession.StartAsync(
                new DemoOptions(empty, false, null, local, new ManualClock()) { HintDirectories = [empty, sbin] });

            // Then: still the replay, with the directory to add named
            Assert.True(session.IsReplay);
            Assert.EndsWith($"but {sbin} has them: add {sbin} to PATH for the live simulation", session.ReplayReason, StringComparison.Ordinal);
            Assert.Empty(local.Calls);
        }
        finally
        {
            Directory.Delete(sbin, recursive: true);
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
