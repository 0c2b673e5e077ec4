using System.Collections.Immutable;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Config;

namespace CrmTui.Cli.Launch;

/// <summary>
/// Decides what <c>crmtui</c> with no verb opens. Precedence: command-line flags, then the selected
/// <c>[[cluster]]</c> profile, then <c>[defaults]</c>. In order: <c>--cluster NAME</c>; <c>--host</c>
/// (an ad-hoc cluster); the configured clusters (<see cref="ChooseConfigured"/>); this node when its
/// crm_mon answers; otherwise a problem that says how to start. Pure: the local probe is a function,
/// asked only when nothing else was given.
/// </summary>
public static class LaunchPlanner
{
    /// <param name="flags">The command line.</param>
    /// <param name="settings">The configuration file's settings (<see cref="Settings.BuiltIn"/> without one).</param>
    /// <param name="configPath">Where the configuration file is looked for, for the how-to-start text.</param>
    /// <param name="local">Asks this machine's crm_mon; called only when nothing else names a cluster.</param>
    /// <param name="cancellationToken">Cancels the local probe.</param>
    public static async Task<(LaunchPlan? Plan, LaunchProblem? Problem)> ChooseAsync(
        LaunchFlags flags, Settings settings, string? configPath, Func<CancellationToken, Task<LocalCluster>> local, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(local);

        if (flags.Cluster is { } name)
        {
            return settings.FindCluster(name) is { } profile
                ? (FromProfile(flags, settings.Defaults, profile, notice: null), null)
                : (null, UnknownCluster(name, settings));
        }
        if (!flags.Hosts.IsEmpty)
            return (AdHoc(flags, settings.Defaults), null);
        if (!settings.Clusters.IsEmpty)
            return (ChooseConfigured(flags, settings), null);
        if (flags.HasSshSettings)
        {
            return (null, new LaunchProblem(LaunchExitCode.Usage,
                "crmtui: ssh settings (--ssh-user, --ssh-port, --identity, --ssh-config, --ssh-option, --sudo) need --host or a configured cluster (--cluster NAME)"));
        }
        var here = await local(cancellationToken).ConfigureAwait(false);
        return here.Answers
            ? (Local(flags, settings.Defaults), null)
            : (null, HowToStart(settings, configPath, here.Reason));
    }

    /// <summary>
    /// The configured clusters, none selected: the only one, or with several the fleet view of all
    /// of them (docs/tui.md, "Fleet view"), each planned as <c>--cluster NAME</c> would plan it.
    /// </summary>
    public static LaunchPlan ChooseConfigured(LaunchFlags flags, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(settings);
        var plans = settings.Clusters.Select(c => FromProfile(flags, settings.Defaults, c, notice: null)).ToImmutableArray();
        return plans.Length == 1 ? plans[0] : plans[0] with { Fleet = plans };
    }

    private static LaunchPlan FromProfile(LaunchFlags flags, Defaults defaults, ClusterProfile profile, string? notice)
    {
        var target = new ClusterTarget
        {
            Hosts = flags.Hosts.IsEmpty ? profile.Hosts : flags.Hosts,
            SshUser = flags.SshUser ?? profile.SshUser,
            SshPort = flags.SshPort ?? profile.SshPort,
            Identity = flags.Identity ?? profile.Identity,
            JumpHost = profile.JumpHost,
            SshConfig = flags.SshConfig,
            // ssh keeps the first value it reads for an option, so the command line's come first.
            SshOptions = [.. flags.SshOptions, .. profile.SshOptions],
            Sudo = flags.Sudo || profile.Sudo,
            Timeout = flags.Timeout,
        };
        var readOnly = flags.ReadOnly ? "--read-only"
            : profile.ReadOnly == true ? $"read_only = true for cluster '{profile.Name}'"
            : profile.ReadOnly is null && defaults.ReadOnly ? "read_only = true in [defaults]"
            : null;
        return new LaunchPlan(target, profile.Name, readOnly, profile.ThemeOrDefault(defaults), profile.DefaultsFor(defaults), notice);
    }

    private static LaunchPlan AdHoc(LaunchFlags flags, Defaults defaults)
    {
        var target = new ClusterTarget
        {
            Hosts = flags.Hosts,
            SshUser = flags.SshUser,
            SshPort = flags.SshPort,
            Identity = flags.Identity,
            SshConfig = flags.SshConfig,
            SshOptions = flags.SshOptions,
            Sudo = flags.Sudo,
            Timeout = flags.Timeout,
        };
        return new LaunchPlan(target, target.Label, ReadOnlyReason(flags, defaults), defaults.Theme, defaults);
    }

    private static LaunchPlan Local(LaunchFlags flags, Defaults defaults) =>
        new(new ClusterTarget { Timeout = flags.Timeout }, "local", ReadOnlyReason(flags, defaults), defaults.Theme, defaults);

    private static string? ReadOnlyReason(LaunchFlags flags, Defaults defaults) =>
        flags.ReadOnly ? "--read-only" : defaults.ReadOnly ? "read_only = true in [defaults]" : null;

    private static LaunchProblem UnknownCluster(string name, Settings settings)
    {
        var where = settings.SourcePath ?? "the configuration (there is no configuration file)";
        var known = settings.Clusters.IsEmpty
            ? "no [[cluster]] is configured"
            : "configured: " + string.Join(", ", settings.Clusters.Select(c => c.Name));
        return new LaunchProblem(LaunchExitCode.Config, $"crmtui: no cluster named '{name}' in {where}; {known}");
    }

    private static LaunchProblem HowToStart(Settings settings, string? configPath, string? localReason)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        lines.Add("crmtui: no cluster to open.");
        lines.Add(settings.SourcePath is { } path
            ? $"  {path} configures no [[cluster]]."
            : "  There is no configuration file and no --host was given.");
        if (localReason is not null)
            lines.Add($"  This machine is not a cluster node that answers: {localReason}");
        lines.Add("How to start:");
        lines.Add("  crmtui demo                        the dashboard on a built-in demo cluster");
        lines.Add("  crmtui --host NODE [--host NODE2]  a cluster node over ssh (add --ssh-user, --identity …)");
        lines.Add($"  crmtui config example > {configPath ?? "~/.config/crmtui/config.toml"}");
        lines.Add("                                     a commented configuration: edit its [[cluster]], then run crmtui");
        return new LaunchProblem(LaunchExitCode.NoCluster, string.Join('\n', lines));
    }
}
