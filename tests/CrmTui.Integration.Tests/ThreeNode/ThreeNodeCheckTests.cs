using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmTui.Integration.Tests.Cli;
using CrmTui.Integration.Tests.Lab;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.ThreeNode;

/// <summary>
/// <c>crmtui check</c> (the Nagios plugin verb, the three hosts in failover order) at the moments
/// on-call cares most about: a fence of a full node pending and just done, and the host check
/// asks first just lost. Every verdict is held to docs/cli.md: the exit code and line prefix of
/// its level, the finding that names the node. Every test starts and ends with the cluster healthy.
/// </summary>
[Collection(ThreeNodeLabCollection.Name)]
public sealed class ThreeNodeCheckTests(ThreeNodeLab lab, ITestOutputHelper output)
{
    private static readonly TimeSpan s_heal = ThreeNodeLab.HealTimeout;
    private static readonly TimeSpan s_fault = TimeSpan.FromSeconds(60);
    // The fencer holds the fence this long before the agent runs: the window in which it is pending.
    private const int FenceDelaySeconds = 30;
    // check's own --timeout default (docs/cli.md): seconds to wait for crm_mon.
    private const int CheckTimeoutSeconds = 10;

    [LabFact]
    public async Task Check_warns_naming_the_node_while_its_fence_is_pending_and_after_it_is_fenced_off()
    {
        lab.EnsureUp();
        await lab.WaitHealthyAsync(s_heal);
        var victim = lab.Node("node3");
        var fencer = lab.Nodes[0];
        // "off" (not reboot): the node stays down until powered on, so "just after" is not a race with its return.
        var fence = fencer.Runner.RunAsync(CommandLine.Of("stonith_admin", "--fence", victim.Name, "--delay", $"{FenceDelaySeconds}")
            .WithTimeout(TimeSpan.FromSeconds(FenceDelaySeconds + 90)));
        try
        {
            await WaitForCrmMonAsync($"the fence of {victim.Name} pending", xml => FenceStatus(xml, victim.Name) == "pending", s_fault);
            var pending = await ThreeNodeCli.CheckAsync(lab);
            var stillPending = FenceStatus(await CrmMonAsync(), victim.Name) == "pending";
            output.WriteLine($"fence of {victim.Name} pending: {pending}");
            Assert.True(stillPending, $"the fence was no longer pending when check returned ({pending.Elapsed.TotalSeconds:0.0} s, window {FenceDelaySeconds} s)");
            // Pending fencing is a WARNING by default (--warn-fencing-pending 1, --crit-fencing-pending 0).
            AssertLevel(pending, 1, "WARNING");
            Assert.Contains($"1 fencing action pending: off {victim.Name}", pending.Output, StringComparison.Ordinal);
            Assert.Contains("'fencing_pending'=1;", pending.Output, StringComparison.Ordinal);

            var result = await fence;
            Assert.True(result.Succeeded, $"stonith_admin --fence {victim.Name}: exit {result.ExitCode} {result.Stderr}");
            await WaitForCrmMonAsync($"{victim.Name} fenced off", xml => FenceStatus(xml, victim.Name) == "success" && NodeIs(xml, victim.Name, "online", "false")
                && NodeIs(xml, victim.Name, "unclean", "false"), s_fault);
            // Its resources restart elsewhere: checked in the middle of that, a "stopped" finding would
            // rightly make it CRITICAL. Once the cluster has nothing left to do, the offline node is all.
            await lab.WaitIdleAsync(s_heal, $"{victim.Name} was fenced off");
            var after = await ThreeNodeCli.CheckAsync(lab);
            output.WriteLine($"{victim.Name} fenced off: {after}");
            // An offline node is a WARNING (--warn-offline 1).
            AssertLevel(after, 1, "WARNING");
            Assert.Contains($"1 node offline: {victim.Name}", after.Output, StringComparison.Ordinal);
            Assert.Contains("'nodes_offline'=1;", after.Output, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                await fence;
            }
            catch (TransportException ex)
            {
                output.WriteLine($"stonith_admin: {ex.Message}");
            }
            await lab.PowerOnAsync(victim);
            await lab.WaitHealthyAsync(s_heal);
        }
    }

    [LabFact]
    public async Task Check_right_after_the_first_host_dies_answers_from_a_survivor_within_its_timeout_and_names_the_lost_node()
    {
        lab.EnsureUp();
        await lab.WaitHealthyAsync(s_heal);
        var lost = lab.Nodes[0];
        var clock = Stopwatch.StartNew();
        await lab.PowerOffAsync(lost);
        var poweredOff = clock.Elapsed.TotalSeconds;
        try
        {
            // Until the survivors' corosync notices (token 1000 ms, about 3.5 s) they rightly still report
            // the node online; every check until then must still answer, from a survivor, in time.
            var verdicts = new List<string>();
            CliRun.Result? naming = null;
            while (naming is null && clock.Elapsed.TotalSeconds - poweredOff < s_fault.TotalSeconds)
            {
                var at = clock.Elapsed.TotalSeconds - poweredOff;
                var check = await ThreeNodeCli.CheckAsync(lab);
                verdicts.Add($"{at:0.00} s: {check}");
                output.WriteLine($"check {at:0.00} s after {lost.Name} was powered off: {check}");
                Assert.InRange(check.Exit, 0, 2);
                Assert.True(check.Elapsed.TotalSeconds <= CheckTimeoutSeconds,
                    $"check took {check.Elapsed.TotalSeconds:0.0} s, over its {CheckTimeoutSeconds} s timeout");
                Assert.Matches($@"served by ssh 10\.\S+: .*skipped ssh {Regex.Escape(lost.Address)}", check.Error);
                if (Regex.IsMatch(check.Output, $@"\b{lost.Name}\b"))
                    naming = check;
            }
            Assert.True(naming is not null, $"no verdict named {lost.Name} within {s_fault.TotalSeconds} s:\n{string.Join("\n", verdicts)}");
            // Lost and not yet fenced: UNCLEAN, CRITICAL. Its fence pending or done: a WARNING naming it
            // (the line's first, worst finding sets the level; docs/cli.md).
            if (naming.Output.Contains($"UNCLEAN: {lost.Name}", StringComparison.Ordinal))
                AssertLevel(naming, 2, "CRITICAL");
            else
                Assert.Matches($@"pending: \w+ {lost.Name}|offline: {lost.Name}", naming.Output);
            Assert.StartsWith(naming.Exit == 2 ? "CLUSTER CRITICAL - " : "CLUSTER WARNING - ", naming.Output, StringComparison.Ordinal);
        }
        finally
        {
            // The cluster fences the lost node and the lab's agent boots it again.
            await lab.WaitHealthyAsync(s_heal);
        }
    }

    private static void AssertLevel(CliRun.Result check, int exit, string level)
    {
        Assert.Equal(exit, check.Exit);
        Assert.StartsWith($"CLUSTER {level} - ", check.Output, StringComparison.Ordinal);
    }

    private async Task<string> CrmMonAsync()
    {
        foreach (var node in lab.Nodes)
        {
            try
            {
                var result = await node.Runner.RunAsync(CommandLine.Of("crm_mon", "--output-as=xml", "--fence-history=3").WithTimeout(TimeSpan.FromSeconds(15)));
                if (result.Succeeded)
                    return result.Stdout;
            }
            catch (TransportException)
            {
            }
        }
        return "";
    }

    private async Task WaitForCrmMonAsync(string what, Func<string, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var xml = "";
        while (DateTime.UtcNow < deadline)
        {
            xml = await CrmMonAsync();
            if (xml.Length > 0 && condition(xml))
                return;
            await Task.Delay(250);
        }
        Assert.Fail($"{what}: not within {timeout.TotalSeconds} s; last crm_mon:\n{xml}");
    }

    // The status of the newest fence event against the target (pending first, as crm_mon lists them).
    private static string? FenceStatus(string xml, string target) =>
        XDocument.Parse(xml).Descendants("fence_event").Where(e => (string?)e.Attribute("target") == target)
            .Select(e => (string?)e.Attribute("status")).FirstOrDefault();

    private static bool NodeIs(string xml, string node, string attribute, string value) =>
        XDocument.Parse(xml).Descendants("node").Any(n => n.Parent?.Name == "nodes" && (string?)n.Attribute("name") == node
            && (string?)n.Attribute(attribute) == value);
}
