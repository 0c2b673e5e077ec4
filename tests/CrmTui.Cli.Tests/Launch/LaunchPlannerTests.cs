using CrmTui.Cli.Composition;
using CrmTui.Cli.Launch;
using CrmTui.Config;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Tests.Launch;

/// <summary>What <c>crmtui</c> with no verb opens: flags over the selected profile over [defaults]; no processes.</summary>
public sealed class LaunchPlannerTests
{
    private const string TwoClusters = """
        [defaults]
        theme = "light"
        read_only = true

        [[cluster]]
        name = "prod"
        hosts = ["p1", "p2"]
        ssh_user = "hacluster"
        ssh_port = 2222
        identity = "/keys/prod"
        jump_host = "admin@bastion"
        ssh_options = ["ServerAliveInterval=5"]
        theme = "high-contrast"
        read_only = false

        [[cluster]]
        name = "lab"
        hosts = ["l1"]
        """;

    private int _localProbes;

    [Fact]
    public async Task Cluster_selects_the_profile_and_command_line_flags_win_over_it()
    {
        var flags = new LaunchFlags { Cluster = "PROD", SshUser = "root", SshOptions = ["ServerAliveInterval=1"], Sudo = true };

        var plan = await PlanAsync(flags, Load(TwoClusters));

        Assert.Equal("prod", plan.ClusterName);
        Assert.Equal(["p1", "p2"], plan.Target.Hosts.ToArray());
        Assert.Equal("root", plan.Target.SshUser);
        Assert.Equal(2222, plan.Target.SshPort);
        Assert.Equal("/keys/prod", plan.Target.Identity);
        Assert.Equal("admin@bastion", plan.Target.JumpHost);
        // ssh takes the first value of an option, so the flag's comes first.
        Assert.Equal(["ServerAliveInterval=1", "ServerAliveInterval=5"], plan.Target.SshOptions.ToArray());
        Assert.True(plan.Target.Sudo);
        Assert.Equal("high-contrast", plan.ConfiguredTheme);
        Assert.Null(plan.ReadOnlyReason);
        Assert.Null(plan.Notice);
        Assert.Equal(0, _localProbes);
    }

    [Fact]
    public async Task The_profile_wins_over_defaults_and_defaults_fill_what_it_leaves_out()
    {
        var plan = await PlanAsync(new LaunchFlags { Cluster = "lab" }, Load(TwoClusters));

        Assert.Equal(["l1"], plan.Target.Hosts.ToArray());
        Assert.Equal("light", plan.ConfiguredTheme);
        Assert.Equal("read_only = true in [defaults]", plan.ReadOnlyReason);
        Assert.Null(plan.Target.SshUser);
    }

    [Fact]
    public async Task Read_only_on_the_command_line_wins_over_a_profile_that_allows_actions()
    {
        var plan = await PlanAsync(new LaunchFlags { Cluster = "prod", ReadOnly = true }, Load(TwoClusters));

        Assert.Equal("--read-only", plan.ReadOnlyReason);
    }

    [Fact]
    public async Task Hosts_on_the_command_line_replace_the_profile_hosts()
    {
        var plan = await PlanAsync(new LaunchFlags { Cluster = "prod", Hosts = ["p3"] }, Load(TwoClusters));

        Assert.Equal(["p3"], plan.Target.Hosts.ToArray());
        Assert.Equal("hacluster", plan.Target.SshUser);
    }

    [Fact]
    public async Task Host_without_a_profile_is_an_ad_hoc_cluster_with_the_defaults()
    {
        var flags = new LaunchFlags { Hosts = ["n1", "n2"], SshUser = "root", SshPort = 22 };

        var plan = await PlanAsync(flags, Load(TwoClusters));

        Assert.Equal(["n1", "n2"], plan.Target.Hosts.ToArray());
        Assert.Equal("root", plan.Target.SshUser);
        Assert.Equal("n1, n2", plan.ClusterName);
        Assert.Equal("light", plan.ConfiguredTheme);
        Assert.Equal("read_only = true in [defaults]", plan.ReadOnlyReason);
        Assert.Null(plan.Target.JumpHost);
        Assert.Equal(0, _localProbes);
    }

    [Fact]
    public async Task Several_clusters_and_none_selected_open_the_fleet_of_all_of_them()
    {
        var plan = await PlanAsync(new LaunchFlags(), Load(TwoClusters));

        Assert.Equal(["prod", "lab"], plan.Fleet.Select(p => p.ClusterName));
        Assert.Equal(plan.Fleet.Select(p => p.Target.Hosts[0]), plan.Fleet.Select(p => p.Target.Hosts[0]).Distinct());
        Assert.Null(plan.Notice);
        Assert.Equal(0, _localProbes);
    }

    [Fact]
    public async Task One_configured_cluster_opens_without_a_notice()
    {
        var plan = await PlanAsync(new LaunchFlags(), Load("[[cluster]]\nname = \"only\"\nhosts = [\"o1\"]\n"));

        Assert.Equal("only", plan.ClusterName);
        Assert.Null(plan.Notice);
    }

    [Fact]
    public async Task An_unknown_cluster_is_a_configuration_problem_naming_the_configured_ones()
    {
        var (plan, problem) = await LaunchPlanner.ChooseAsync(new LaunchFlags { Cluster = "qa" }, Load(TwoClusters), "config.toml", Local(true));

        Assert.Null(plan);
        Assert.Equal(LaunchExitCode.Config, problem!.ExitCode);
        Assert.Equal("crmtui: no cluster named 'qa' in config.toml; configured: prod, lab", problem.Message);
    }

    [Fact]
    public async Task No_config_and_no_host_opens_this_node_when_its_crm_mon_answers()
    {
        var plan = await PlanAsync(new LaunchFlags(), Settings.BuiltIn);

        Assert.True(plan.Target.IsLocal);
        Assert.Equal("local", plan.ClusterName);
        Assert.Null(plan.ReadOnlyReason);
        Assert.Equal("default", plan.ConfiguredTheme);
        Assert.Equal(1, _localProbes);
    }

    [Fact]
    public async Task No_config_no_host_and_no_local_cluster_says_how_to_start()
    {
        var (plan, problem) = await LaunchPlanner.ChooseAsync(new LaunchFlags(), Settings.BuiltIn, "/home/op/.config/crmtui/config.toml",
            Local(false, "crm_mon: Pacemaker is not running (exit 102)"));

        Assert.Null(plan);
        Assert.Equal(LaunchExitCode.NoCluster, problem!.ExitCode);
        Assert.Contains("no cluster to open", problem.Message);
        Assert.Contains("Pacemaker is not running", problem.Message);
        Assert.Contains("crmtui demo", problem.Message);
        Assert.Contains("crmtui --host NODE", problem.Message);
        Assert.Contains("crmtui config example > /home/op/.config/crmtui/config.toml", problem.Message);
    }

    [Fact]
    public async Task Ssh_settings_with_nothing_to_apply_them_to_are_a_usage_error()
    {
        var (plan, problem) = await LaunchPlanner.ChooseAsync(new LaunchFlags { SshUser = "root" }, Settings.BuiltIn, null, Local(true));

        Assert.Null(plan);
        Assert.Equal(LaunchExitCode.Usage, problem!.ExitCode);
        Assert.Contains("need --host", problem.Message);
    }

    private async Task<LaunchPlan> PlanAsync(LaunchFlags flags, Settings settings)
    {
        var (plan, problem) = await LaunchPlanner.ChooseAsync(flags, settings, "config.toml", Local(true));
        Assert.Null(problem);
        return plan!;
    }

    private Func<CancellationToken, Task<LocalCluster>> Local(bool answers, string reason = "no crm_mon") => _ =>
    {
        _localProbes++;
        return Task.FromResult(answers ? LocalCluster.Answering : LocalCluster.NotAnswering(reason));
    };

    internal static Settings Load(string toml)
    {
        var result = new ConfigLoader(CliVocabulary.Build(ThemeCatalog.Shipped)).Load(toml, "config.toml");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Settings!;
    }
}
