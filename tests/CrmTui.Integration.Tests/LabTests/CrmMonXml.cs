using System.Xml;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.LabTests;

/// <summary>Reads <c>crm_mon --output-as=xml</c> into a plain XmlDocument (the project's own
/// parser is tested elsewhere; the fixture's tests should not depend on it).</summary>
internal static class CrmMonXml
{
    public static async Task<XmlDocument> ReadAsync(ICommandRunner runner)
    {
        var result = await runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml").WithTimeout(TimeSpan.FromSeconds(20)));
        Assert.True(result.Succeeded, $"crm_mon exited {result.ExitCode}: {result.Stderr}");
        var doc = new XmlDocument();
        doc.LoadXml(result.Stdout);
        return doc;
    }

    /// <summary>Polls crm_mon until <paramref name="settled"/> holds or <see cref="s_deadline"/>
    /// passes, and returns the last document either way: tests of other areas share this lab and
    /// may have left a transition running (a restart, a cleanup) when a test here starts.</summary>
    /// <remarks>
    /// <para>After a standby flip the Stateful clone starts and is promoted again over several
    /// transitions, which once took over 30 s in a clean-clone CI run; hence the long wait.</para>
    /// <para>A lab still unsettled after <see cref="s_firstNudge"/> is nudged as an operator would,
    /// as the three-node lab is (<see cref="ThreeNodeLab.WaitHealthyAsync"/>, <see cref="LabNudges"/>):
    /// failures cleaned up, 30 s later every resource re-probed, then failures cleaned up every 30 s. Seen twice in about ten
    /// clean-clone runs: the Stateful clone Stopped for 90 s, not failed, nothing pending, no
    /// constraint against it, every other resource started (a fail count without a failed operation
    /// gives that picture: checked by hand). What crm_mon and Pacemaker's log said
    /// just before each nudge is written to the test's output, so the next occurrence says why.</para>
    /// </remarks>
    public static async Task<XmlDocument> ReadSettledAsync(SingleNodeLab lab, ITestOutputHelper output, Func<XmlDocument, bool> settled)
    {
        var started = DateTime.UtcNow;
        var nudges = 0;
        while (true)
        {
            var doc = await ReadAsync(lab.Runner);
            var waited = DateTime.UtcNow - started;
            if (settled(doc))
                return doc;
            if (waited > s_deadline)
            {
                output.WriteLine($"not settled after {waited.TotalSeconds:0} s and {nudges} nudges:\n{await UnsettledReportAsync(lab)}");
                return doc;
            }
            if (LabNudges.Due(nudges, waited, s_firstNudge) is { } argv)
            {
                output.WriteLine($"not settled after {waited.TotalSeconds:0} s; the lab before `{string.Join(' ', argv)}`:\n{await UnsettledReportAsync(lab)}");
                var nudge = await lab.Runner.RunAsync(CommandLine.Of(argv).WithTimeout(TimeSpan.FromSeconds(30)));
                output.WriteLine($"{string.Join(' ', argv)} exited {nudge.ExitCode}: {(nudge.Stdout + nudge.Stderr).Trim()}");
                nudges++;
            }
            await Task.Delay(250);
        }
    }

    private static readonly TimeSpan s_firstNudge = TimeSpan.FromSeconds(60);
    // As ThreeNodeLab.HealTimeout: past the 150 s a lost action holds a transition, and a cleanup after it.
    private static readonly TimeSpan s_deadline = ThreeNodeLab.HealTimeout;

    /// <summary>What to print when the lab did not settle: crm_mon's whole text view (failures, fail
    /// counts, operation history, constraints) and the scheduler's and controller's last log lines
    /// about resources, to tell a test that left something behind from Pacemaker's own trouble.</summary>
    public static async Task<string> UnsettledReportAsync(SingleNodeLab lab)
    {
        var text = await lab.Runner.RunAsync(CommandLine.Of("crm_mon", "-1", "--include=all").WithTimeout(TimeSpan.FromSeconds(20)));
        var log = await lab.Runner.RunAsync(CommandLine.Of("tail", "-n", "3000", "/var/log/pacemaker/pacemaker.log").WithTimeout(TimeSpan.FromSeconds(20)));
        var lines = log.Stdout.Split('\n')
            .Where(l => l.Contains("pacemaker-schedulerd", StringComparison.Ordinal) || l.Contains("pacemaker-controld", StringComparison.Ordinal)
                || l.Contains("pacemaker-execd", StringComparison.Ordinal))
            .Where(l => l.Contains("notice", StringComparison.Ordinal) || l.Contains("warning", StringComparison.Ordinal)
                || l.Contains("error", StringComparison.Ordinal))
            .TakeLast(150);
        return $"----- crm_mon -1 --include=all (exit {text.ExitCode}) -----\n{text.Stdout}{text.Stderr}\n"
            + $"----- pacemaker.log: scheduler/controller/executor notices (last 150) -----\n{string.Join('\n', lines)}";
    }

    public static string? Attr(XmlNode? node, string name) => node?.Attributes?[name]?.Value;

    public static XmlElement? Resource(XmlDocument doc, string id) =>
        doc.SelectSingleNode($"/pacemaker-result/resources//resource[@id='{id}']") as XmlElement;
}
