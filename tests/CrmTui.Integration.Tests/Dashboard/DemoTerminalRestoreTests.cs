using System.Text.RegularExpressions;
using CrmTui.Tui.App;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Dashboard;

/// <summary>
/// The terminal is restored on the two exits the lab tests do not cover, proven on the built binary
/// in tmux against <c>crmtui demo</c> (no lab): Ctrl-C, and an unhandled exception on the UI thread
/// (the test-only <see cref="TestCrash"/> fault). After each, <c>stty -a</c> is as before, the
/// alternate screen is left, the cursor is shown and the shell answers.
/// </summary>
public sealed class DemoTerminalRestoreTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_open = TimeSpan.FromSeconds(90);

    [TmuxFact]
    public async Task Ctrl_C_quits_the_dashboard_and_restores_the_terminal()
    {
        TmuxFactAttribute.Require();
        await using var dash = await DashboardInTmux.StartDemoAsync(new Dictionary<string, string>());
        await dash.Pane.WaitForAsync("the demo's nodes", DemoNodesShown, s_open);
        Assert.Equal("1", await dash.Pane.FormatAsync("#{alternate_on}"));

        await dash.Pane.PressAsync("C-c");

        Assert.Equal("exit=0", await dash.AssertTerminalRestoredAsync());
    }

    [TmuxFact]
    public async Task An_unhandled_exception_restores_the_terminal_then_prints_the_error_and_exits_non_zero()
    {
        TmuxFactAttribute.Require();
        // The first frame is "waiting for the first status", the second carries the demo's data (no key
        // is pressed: an idle demo draws no third frame).
        await using var dash = await DashboardInTmux.StartDemoAsync(new Dictionary<string, string> { [TestCrash.Variable] = "2" });

        var exit = await dash.AssertTerminalRestoredAsync();

        var screen = await dash.Pane.CaptureAsync();
        output.WriteLine(screen);
        Assert.Matches(@"^exit=[1-9]\d*$", exit);
        // Printed on the main screen, so after the restore: written before it, the alternate screen would have taken it away.
        Assert.Contains($"test crash: {TestCrash.Variable}=2 reached", screen, StringComparison.Ordinal);
    }

    private static bool DemoNodesShown(string screen) => Regex.IsMatch(screen, @"(?m)^\s*remote2\s");
}
