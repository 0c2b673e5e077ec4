using CrmTui.Demo;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Demo;

/// <summary>
/// The issue's must-show, end to end: install.sh into a temporary prefix from a clean copy of
/// HEAD, then the installed binary's <c>crmtui demo</c> driven in a real terminal (tmux).
/// </summary>
[Collection(InstallCollection.Name)]
public sealed class InstalledDemoTests(InstalledCrmTui installed, ITestOutputHelper output)
{
    /// <summary>The demo starts in about 2 s and acts within a poll (2 s); this is the deadline, not a wait.</summary>
    private static readonly TimeSpan ScreenTimeout = TimeSpan.FromSeconds(90);

    [DemoFact]
    public async Task The_installed_demo_moves_resources_on_standby_clears_the_failure_on_cleanup_and_restores_the_terminal()
    {
        // Given: crmtui installed by install.sh from a clean checkout
        var install = await ReportAsync();
        var run = NewRunDirectory("live");
        await using var tmux = await TmuxTerminal.StartAsync(100, 32,
            ["bash", Recorder, run, "env", .. HermeticEnvironment(run), install.Binary, "demo"]);

        // Then: the dashboard renders the demo cluster, live
        var screen = await tmux.WaitForAsync(
            s => s.Contains("Data: demo (simulated by crm_simulate)", StringComparison.Ordinal) && DemoScreen.Row(s, "remote2") is not null,
            ScreenTimeout, "the Nodes view of the simulated demo cluster");
        foreach (var node in DemoTopology.FullNodes)
            Assert.Contains("member", DemoScreen.Row(screen, node)!);
        foreach (var node in DemoTopology.RemoteNodes)
            Assert.Contains("remote", DemoScreen.Row(screen, node)!);
        await tmux.SendKeysAsync("2");
        screen = await tmux.WaitForAsync(s => DemoScreen.NodeOf(s, "web-server") == "node2", ScreenTimeout, "web-server started on node2");
        Assert.Equal("node2", DemoScreen.NodeOf(screen, "web-ip"));
        await tmux.SendKeysAsync("3");
        await tmux.WaitForAsync(s => s.Contains("web-server 10s-interval monitor on node2", StringComparison.Ordinal),
            ScreenTimeout, "the demo's failed monitor in the Failures view");

        // When: node2 (the second row of the Nodes view) is put in standby, confirmed
        await tmux.SendKeysAsync("1", "g", "j", "s");
        await tmux.WaitForAsync(s => s.Contains("Put node node2 in standby", StringComparison.Ordinal), ScreenTimeout, "the standby confirmation for node2");
        await tmux.SendKeysAsync("y");

        // Then: node2 runs nothing, and the web group runs elsewhere, together
        await tmux.WaitForAsync(s => DemoScreen.IsStandbyAndEmpty(s, "node2"), ScreenTimeout, "node2 in standby running 0 resources");
        await tmux.SendKeysAsync("2", "g");
        screen = await tmux.WaitForAsync(s => DemoScreen.NodeOf(s, "web-server") is { } n && n != "node2", ScreenTimeout, "web-server started off node2");
        Assert.Equal(DemoScreen.NodeOf(screen, "web-server"), DemoScreen.NodeOf(screen, "web-ip"));
        output.WriteLine($"after standby of node2, the web group runs on {DemoScreen.NodeOf(screen, "web-server")}");

        // When: the failure is cleaned up from the Failures view (a safe action: no confirmation)
        await tmux.SendKeysAsync("3", "g");
        await tmux.WaitForAsync(s => s.Contains("web-server 10s-interval monitor on node2", StringComparison.Ordinal), ScreenTimeout, "the failure, selected");
        await tmux.SendKeysAsync("C");

        // Then: it is gone
        await tmux.WaitForAsync(s => s.Contains("no failed actions", StringComparison.Ordinal), ScreenTimeout, "no failed actions after cleanup");

        // When: q
        await tmux.SendKeysAsync("q");

        // Then: the demo exits cleanly and the terminal is as it was
        await AssertExitedAndRestoredAsync(tmux, run);
        Assert.Contains("the simulated cluster is gone", await File.ReadAllTextAsync(Path.Combine(run, "stderr")), StringComparison.Ordinal);
    }

    [DemoFact]
    public async Task Without_Pacemaker_tools_on_PATH_the_installed_demo_replays_read_only_and_says_so()
    {
        // Given: PATH is an empty directory (the binary is self-contained: it needs nothing on PATH)
        var install = await ReportAsync();
        var run = NewRunDirectory("replay");
        var emptyPath = Directory.CreateDirectory(Path.Combine(run, "empty-path")).FullName;
        Assert.Equal(PacemakerTools.Required.ToArray(), PacemakerTools.Missing(emptyPath).ToArray());

        await using var tmux = await TmuxTerminal.StartAsync(100, 32,
            ["bash", Recorder, run, "env", .. HermeticEnvironment(run), $"PATH={emptyPath}", install.Binary, "demo"]);

        // Then: the recorded cluster, labelled as a read-only replay with the reason
        await tmux.WaitForAsync(
            s => s.Contains("Data: demo replay (recorded, read-only: Pacemaker tools not found)", StringComparison.Ordinal)
                && DemoScreen.Row(s, "remote2") is not null,
            ScreenTimeout, "the replay's header over the Nodes view");

        // When: an action is tried
        await tmux.SendKeysAsync("g", "s");

        // Then: it is refused in the status line, nothing asks for confirmation
        var screen = await tmux.WaitForAsync(s => s.Contains("not available, read-only", StringComparison.Ordinal), ScreenTimeout, "standby refused as read-only");
        Assert.DoesNotContain("Put node", screen, StringComparison.Ordinal);

        await tmux.SendKeysAsync("q");
        await AssertExitedAndRestoredAsync(tmux, run);
        var stderr = await File.ReadAllTextAsync(Path.Combine(run, "stderr"));
        const string notice = "crmtui demo replay, read-only: Pacemaker's CLI tools are not on PATH (crm_simulate, crm_mon, crm_attribute, crm_resource, crm_ticket)";
        Assert.Equal(2, stderr.Split('\n').Count(line => line.StartsWith(notice, StringComparison.Ordinal)));
    }

    private static string Recorder => Path.Combine(Checkout.Root!, "tests", "CrmTui.Integration.Tests", "Demo", "tty-record.sh");

    /// <summary>No user configuration or themes leak in: HOME and XDG_CONFIG_HOME are the run's own.</summary>
    private static string[] HermeticEnvironment(string run) =>
        [$"HOME={run}", $"XDG_CONFIG_HOME={Path.Combine(run, "config")}", $"TMPDIR={run}"];

    private string NewRunDirectory(string name) =>
        Directory.CreateDirectory(Path.Combine(installed.WorkDirectory, $"{name}-{Guid.NewGuid():N}")).FullName;

    private async Task<Installation> ReportAsync()
    {
        var install = await installed.GetAsync();
        output.WriteLine($"clean copy of HEAD: {install.CopyTime.TotalSeconds:0.0} s; install.sh: {install.InstallTime.TotalSeconds:0.0} s; "
            + $"binary {new FileInfo(install.Binary).Length / (1024.0 * 1024):0.0} MiB");
        return install;
    }

    private static async Task AssertExitedAndRestoredAsync(TmuxTerminal tmux, string run)
    {
        await tmux.WaitForAsync(s => s.Contains("COMMAND EXITED", StringComparison.Ordinal), ScreenTimeout, "the demo's exit");
        Assert.Equal("0", (await File.ReadAllTextAsync(Path.Combine(run, "exit"))).Trim());
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(run, "stty-before")), await File.ReadAllTextAsync(Path.Combine(run, "stty-after")));
        // The alternate screen is left, the cursor shown, mouse reporting off.
        Assert.Equal("0 1 0", await tmux.PaneAsync("#{alternate_on} #{cursor_flag} #{mouse_any_flag}"));
    }
}
