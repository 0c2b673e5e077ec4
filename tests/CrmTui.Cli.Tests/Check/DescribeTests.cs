using CrmTui.Core.Describe;
using CrmTui.Core.Model;

namespace CrmTui.Cli.Tests.Check;

/// <summary>The operator phrasing in Core/Describe, checked against what crm_mon 2.1.5 prints.</summary>
public sealed class DescribeTests
{
    [Theory]
    [InlineData(0, "0s")]
    [InlineData(20, "20ms")]
    [InlineData(1000, "1000ms")]
    [InlineData(10000, "10s")]
    [InlineData(60000, "60s")]
    [InlineData(90009, "1m30.009s")]
    [InlineData(179014, "2m59.014s")]
    [InlineData(3600000, "60m")]
    [InlineData(7200000, "2h")]
    [InlineData(7200001, "2h1ms")]
    public void Intervals_read_like_pacemakers(long ms, string expected) => Assert.Equal(expected, IntervalText.Of(ms));

    [Theory]
    [InlineData(true, false, false, false, false, 0, null, "online")]
    [InlineData(false, false, false, false, false, 0, null, "OFFLINE")]
    [InlineData(false, true, false, false, false, 0, null, "UNCLEAN (offline)")]
    [InlineData(true, true, false, false, false, 0, null, "UNCLEAN (online)")]
    [InlineData(false, true, true, false, false, 0, null, "UNCLEAN (pending)")]
    [InlineData(true, false, true, false, false, 0, null, "pending")]
    [InlineData(true, false, false, true, false, 0, null, "standby")]
    [InlineData(true, false, false, true, false, 2, null, "standby (with active resources)")]
    [InlineData(false, false, false, true, false, 0, null, "OFFLINE (standby)")]
    [InlineData(true, false, false, false, true, 0, null, "maintenance")]
    [InlineData(false, false, false, false, true, 0, null, "OFFLINE (maintenance)")]
    [InlineData(true, false, false, false, false, 0, "yellow", "online (health is YELLOW)")]
    public void Node_states_use_crm_mons_words(bool online, bool unclean, bool pending, bool standby, bool maintenance, int running, string? health, string expected)
    {
        var node = new ClusterNode
        {
            Name = "n1", Online = online, Unclean = unclean, Pending = pending, Standby = standby,
            Maintenance = maintenance, ResourcesRunning = running, Health = health,
        };

        Assert.Equal(expected, NodeStateText.Of(node));
    }

    [Theory]
    [InlineData("rsc_monitor_10000", "rsc", "monitor", 10000)]
    [InlineData("my_app_db_start_0", "my_app_db", "start", 0)]
    [InlineData("vm_1_migrate_to_0", "vm_1", "migrate_to", 0)]
    [InlineData("clone:1_notify_post_0", "clone:1", "notify_post", 0)]
    [InlineData("garbage", "unknown resource", "unknown action", 0)]
    public void Operation_keys_split_into_resource_task_and_interval(string key, string resource, string task, long interval) =>
        Assert.Equal((resource, task, interval), FailureText.SplitKey(key));

    [Fact]
    public void A_probe_that_could_not_run_says_so_with_the_status_and_reason()
    {
        var failure = new FailedAction { Id = "db_monitor_0", Node = "n2", ExitStatus = "error", ExitReason = "none", Status = "Error" };

        Assert.Equal("db probe on n2 could not be executed (Error)", FailureText.Sentence(failure));
    }

    [Fact]
    public void A_failed_promoted_instance_says_FAILED_Promoted()
    {
        var p = new PrimitiveResource { Id = "db", Role = ResourceRole.Promoted, Failed = true };

        Assert.Equal("FAILED Promoted", RoleText.Of(p));
    }
}
