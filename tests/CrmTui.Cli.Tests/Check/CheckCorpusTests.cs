using System.Xml.Linq;
using CrmTui.Cli.Tests.Status;
using CrmTui.Core.Health;
using CrmTui.Core.Parsing;
using CrmTui.TestKit.Shared;
using Xunit.Abstractions;

namespace CrmTui.Cli.Tests.Check;

/// <summary>
/// Every rule against every corpus file: whether it fires must match what the XML says when read
/// independently with LINQ to XML, and each rule that the corpus can show must fire somewhere.
/// </summary>
public sealed class CheckCorpusTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Each_rule_fires_exactly_when_the_xml_shows_its_condition()
    {
        var fired = Enum.GetValues<HealthRule>().ToDictionary(r => r, _ => 0);
        var wrong = new List<string>();
        foreach (var file in Corpus.CrmMonXmlFiles())
        {
            var xml = File.ReadAllText(file);
            var root = XDocument.Parse(xml).Root!;
            var report = HealthEvaluator.Evaluate(CrmMonXmlParser.Parse(xml));
            var nodes = root.Elements("nodes").Elements("node").ToList();
            var dc = root.Element("summary")?.Element("current_dc");
            var options = root.Element("summary")?.Element("cluster_options");
            var expected = new Dictionary<HealthRule, bool>
            {
                [HealthRule.FailedActions] = root.Elements("failures").Elements("failure").Any(),
                [HealthRule.UncleanNodes] = nodes.Any(n => (string?)n.Attribute("unclean") == "true"),
                [HealthRule.OfflineNodes] = nodes.Any(n => (string?)n.Attribute("online") == "false" && (string?)n.Attribute("unclean") != "true"),
                [HealthRule.Quorum] = dc is not null && ((string?)dc.Attribute("present") == "false" || (string?)dc.Attribute("with_quorum") == "false"),
                [HealthRule.Maintenance] = (string?)options?.Attribute("maintenance-mode") == "true" || nodes.Any(n => (string?)n.Attribute("maintenance") == "true"),
                [HealthRule.StonithDisabled] = (string?)options?.Attribute("stonith-enabled") == "false",
                [HealthRule.PendingFencing] = root.Elements("fence_history").Elements("fence_event").Any(e => (string?)e.Attribute("status") == "pending"),
            };
            foreach (var rule in Enum.GetValues<HealthRule>())
            {
                var fires = report.Findings.Any(f => f.Rule == rule);
                fired[rule] += fires ? 1 : 0;
                if (expected.TryGetValue(rule, out var should) && should != fires)
                {
                    wrong.Add($"{Path.GetFileName(file)}: {rule} {(fires ? "fired" : "did not fire")}");
                }
            }

            // A stopped primitive outside clones and bundles with no target-role=Stopped must be reported.
            var plainStopped = root.Elements("resources").Elements("resource")
                .Where(r => (string?)r.Attribute("role") == "Stopped" && (string?)r.Attribute("orphaned") != "true"
                    && !string.Equals((string?)r.Attribute("target_role"), "Stopped", StringComparison.OrdinalIgnoreCase))
                .Select(r => (string)r.Attribute("id")!);
            var stopAll = (string?)options?.Attribute("stop-all-resources") == "true";
            foreach (var id in plainStopped.Where(_ => !stopAll))
            {
                if (!HealthEvaluator.StoppedAgainstTarget(CrmMonXmlParser.Parse(xml)).Contains(id))
                {
                    wrong.Add($"{Path.GetFileName(file)}: stopped {id} not reported");
                }
            }
        }

        foreach (var (rule, count) in fired)
        {
            output.WriteLine($"{rule}: fires on {count} corpus files");
        }

        Assert.Empty(wrong);
        foreach (var rule in new[] { HealthRule.FailedActions, HealthRule.StoppedResources, HealthRule.UncleanNodes, HealthRule.OfflineNodes, HealthRule.Quorum, HealthRule.Maintenance, HealthRule.StonithDisabled })
        {
            Assert.True(fired[rule] > 0, $"{rule} never fired on the corpus");
        }
    }
}
