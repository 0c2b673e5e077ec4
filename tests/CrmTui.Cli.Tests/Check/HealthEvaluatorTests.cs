using CrmTui.Cli.Tests.Status;
using CrmTui.Core.Health;
using CrmTui.Core.Model;
using CrmTui.Core.Parsing;

namespace CrmTui.Cli.Tests.Check;

public sealed class HealthEvaluatorTests
{
    private static ClusterSnapshot Load(string name) => CrmMonXmlParser.Parse(File.ReadAllText(Corpus.Fixture(name)));

    private static HealthFinding Finding(HealthReport report, HealthRule rule) => Assert.Single(report.Findings, f => f.Rule == rule);

    [Fact]
    public void A_healthy_cluster_is_OK_with_no_findings()
    {
        var report = HealthEvaluator.Evaluate(Load("healthy.xml"));

        Assert.Equal(HealthLevel.Ok, report.Level);
        Assert.Empty(report.Findings);
        Assert.Equal(2, report.Counts.NodesOnline);
        Assert.Equal(9, report.Counts.ResourcesActive);
    }

    [Fact]
    public void Failed_actions_are_critical_and_named()
    {
        var finding = Finding(HealthEvaluator.Evaluate(Load("trouble.xml")), HealthRule.FailedActions);

        Assert.Equal(HealthLevel.Critical, finding.Level);
        Assert.StartsWith("2 failed actions: app 10s-interval monitor on alpha returned 'not running'", finding.Message);
    }

    [Fact]
    public void A_resource_stopped_against_its_target_role_is_critical_but_a_disabled_one_is_not()
    {
        var finding = Finding(HealthEvaluator.Evaluate(Load("trouble.xml")), HealthRule.StoppedResources);

        Assert.Equal(HealthLevel.Critical, finding.Level);
        Assert.Equal("1 resource stopped that should run: report", finding.Message);
    }

    [Fact]
    public void Unclean_and_offline_nodes_are_counted_apart()
    {
        var report = HealthEvaluator.Evaluate(Load("trouble.xml"));

        Assert.Equal((HealthLevel.Critical, "1 node UNCLEAN: beta"), (Finding(report, HealthRule.UncleanNodes).Level, Finding(report, HealthRule.UncleanNodes).Message));
        Assert.Equal((HealthLevel.Warning, "1 node offline: delta"), (Finding(report, HealthRule.OfflineNodes).Level, Finding(report, HealthRule.OfflineNodes).Message));
    }

    [Fact]
    public void Lost_quorum_is_critical()
    {
        var finding = Finding(HealthEvaluator.Evaluate(Load("trouble.xml")), HealthRule.Quorum);

        Assert.Equal(HealthLevel.Critical, finding.Level);
        Assert.Equal("partition WITHOUT quorum (DC alpha)", finding.Message);
    }

    [Fact]
    public void No_DC_at_all_is_a_quorum_problem()
    {
        var snapshot = Load("healthy.xml");
        var noDc = snapshot with { Summary = snapshot.Summary! with { CurrentDc = new CurrentDc { Present = false } } };

        Assert.Equal("no DC elected (partition without quorum)", Finding(HealthEvaluator.Evaluate(noDc), HealthRule.Quorum).Message);
    }

    [Fact]
    public void Maintenance_left_on_names_the_cluster_and_the_nodes()
    {
        var finding = Finding(HealthEvaluator.Evaluate(Load("trouble.xml")), HealthRule.Maintenance);

        Assert.Equal(HealthLevel.Warning, finding.Level);
        Assert.Equal("cluster maintenance-mode is on, maintenance on 1 node: gamma", finding.Message);
    }

    [Fact]
    public void Pending_fencing_warns_and_failed_fencing_is_critical()
    {
        var report = HealthEvaluator.Evaluate(Load("trouble.xml"));

        Assert.Equal((HealthLevel.Warning, "1 fencing action pending: off delta"), (Finding(report, HealthRule.PendingFencing).Level, Finding(report, HealthRule.PendingFencing).Message));
        Assert.Equal((HealthLevel.Critical, "1 fencing action failed: reboot beta"), (Finding(report, HealthRule.FailedFencing).Level, Finding(report, HealthRule.FailedFencing).Message));
    }

    [Fact]
    public void A_fencing_failure_settled_by_a_later_success_is_history()
    {
        var snapshot = Load("trouble.xml");
        var settled = snapshot with
        {
            FenceHistory = snapshot.FenceHistory.Add(new FenceEvent
            {
                Action = "reboot", Target = "beta", Status = "success", Completed = CrmTime.Parse("2026-11-20 11:00:00Z"),
            }),
        };

        Assert.DoesNotContain(HealthEvaluator.Evaluate(settled).Findings, f => f.Rule == HealthRule.FailedFencing);
    }

    [Fact]
    public void Disabled_stonith_warns()
    {
        var finding = Finding(HealthEvaluator.Evaluate(Load("trouble.xml")), HealthRule.StonithDisabled);

        Assert.Equal(HealthLevel.Warning, finding.Level);
    }

    [Fact]
    public void Thresholds_change_the_level_and_zero_switches_a_rule_off()
    {
        var thresholds = HealthThresholds.Default with
        {
            FailedActions = new CountThreshold(1, 3),
            StoppedResources = new CountThreshold(0, 0),
            UncleanNodes = new CountThreshold(0, 0),
            QuorumLost = HealthLevel.Ok,
            FailedFencing = new CountThreshold(0, 0),
        };

        var report = HealthEvaluator.Evaluate(Load("trouble.xml"), thresholds);

        Assert.Equal(HealthLevel.Warning, Finding(report, HealthRule.FailedActions).Level);
        Assert.Equal(HealthLevel.Warning, report.Level);
        Assert.DoesNotContain(report.Findings, f => f.Rule is HealthRule.StoppedResources or HealthRule.UncleanNodes or HealthRule.Quorum or HealthRule.FailedFencing);
    }

    [Fact]
    public void Stop_all_resources_means_nothing_is_stopped_against_its_will()
    {
        var snapshot = Load("trouble.xml");
        var stopAll = snapshot with { Summary = snapshot.Summary! with { Options = snapshot.Summary.Options! with { StopAllResources = true } } };

        Assert.Empty(HealthEvaluator.StoppedAgainstTarget(stopAll));
    }

    [Fact]
    public void A_clone_counts_as_stopped_only_when_no_instance_runs()
    {
        var snapshot = Load("healthy.xml");
        var clone = (CloneResource)snapshot.Resources[2];
        var stopped = new PrimitiveResource { Id = "ping", Agent = "ocf:pacemaker:ping", Role = ResourceRole.Stopped, Managed = true };
        var partly = snapshot with { Resources = snapshot.Resources.SetItem(2, clone with { Children = clone.Children.Add(stopped) }) };
        var none = snapshot with { Resources = snapshot.Resources.SetItem(2, clone with { Children = [stopped, stopped] }) };

        Assert.Empty(HealthEvaluator.StoppedAgainstTarget(partly));
        Assert.Equal(["ping-clone"], HealthEvaluator.StoppedAgainstTarget(none));
    }
}
