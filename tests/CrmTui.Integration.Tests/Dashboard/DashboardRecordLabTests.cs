using System.Text.RegularExpressions;
using CrmTui.Core.Recording;
using CrmTui.Integration.Tests.Cli;
using CrmTui.Integration.Tests.Commands;
using CrmTui.Integration.Tests.Lab;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Dashboard;

/// <summary>
/// <c>crmtui --record FILE</c> in a real terminal (tmux) against the lab over ssh: while the
/// dashboard shows a standby flip, the file gets the distinct states it received, and after
/// <c>q</c> <c>crmtui replay FILE --list</c> names the change.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class DashboardRecordLabTests(SingleNodeLab lab, ITestOutputHelper output)
{
    private static readonly TimeSpan s_open = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_change = TimeSpan.FromSeconds(30);

    [LabFact]
    public async Task The_dashboard_records_what_it_shows_and_replay_lists_the_standby_flip()
    {
        lab.EnsureUp();
        await using var cluster = new LabCluster(lab, LabTransports.Local, output);
        using var cli = CliRun.Real();
        var file = Path.Combine(cli.Directory, "dashboard.crmrec");
        var node = lab.NodeName;
        await using var dash = await DashboardInTmux.StartAsync(lab, "--record", file);
        try
        {
            // Given the dashboard open with the node online, saying that it records
            await cluster.WaitForAsync("lab settled", s => s.IsFullySettled());
            await dash.Pane.WaitForAsync("node online", NodeRow(node, "online"), s_open);
            await dash.Pane.WaitForAsync("recording notice", s => s.Contains("recording distinct snapshots to", StringComparison.Ordinal), s_change);

            // When the node goes to standby and back, and the dashboard shows each
            Assert.True((await cluster.RawAsync("crm_attribute", "--node", node, "--name", "standby", "--update", "on")).Succeeded);
            await dash.Pane.WaitForAsync("standby on screen", NodeRow(node, "standby"), s_change);
            Assert.True((await cluster.RawAsync("crm_attribute", "--node", node, "--name", "standby", "--delete")).Succeeded);
            await dash.Pane.WaitForAsync("online again on screen", NodeRow(node, "online"), s_change);
            await dash.Pane.PressAsync("q");
            Assert.Equal("exit=0", await dash.AssertTerminalRestoredAsync());

            // Then the file is a complete recording holding the standby state, only distinct states
            var tape = ReplayTapeLoader.Load(file);
            Assert.Empty(tape.Problems);
            Assert.Equal($"crm_mon on {lab.NodeAddress}, from the dashboard", tape.Source);
            Assert.Contains(tape.Frames, f => f.Snapshot.Node(node).Standby);
            Assert.False(tape.Frames[^1].Snapshot.Node(node).Standby);
            var keys = tape.Frames.Select(f => SnapshotChangeKey.Of(f.Snapshot)).ToList();
            Assert.All(keys.Zip(keys.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));

            // And replay lists it, naming the change
            var list = await cli.RunAsync("replay", file, "--list");
            output.WriteLine(list.ToString());
            Assert.Equal(0, list.Exit);
            Assert.Contains($"{node}: online → standby", list.Output);
        }
        finally
        {
            await cluster.RawAsync("crm_attribute", "--node", node, "--name", "standby", "--delete");
            await cluster.WaitForAsync("lab settled after the test", s => s.IsFullySettled());
        }
    }

    private static Func<string, bool> NodeRow(string node, string state) =>
        screen => Regex.IsMatch(screen, $@"(?m)^\s*{Regex.Escape(node)}\s+\S\s+{Regex.Escape(state)}\s");
}
