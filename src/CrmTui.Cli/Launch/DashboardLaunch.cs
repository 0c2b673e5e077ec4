using System.Collections.Immutable;
using System.CommandLine;
using CrmTui.Cli.Composition;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands.Audit;
using CrmTui.Config;
using CrmTui.Tui.Input;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli.Launch;

/// <summary>
/// <c>crmtui</c> with no verb: reads the configuration, chooses the cluster (<see cref="LaunchPlanner"/>),
/// applies <c>[defaults]</c> and <c>[keys]</c>, and runs the dashboard until the operator quits. The
/// runner is disposed on the way out, which closes ssh's master connections (<c>ssh -O exit</c>);
/// SIGTERM and SIGHUP end the dashboard the same way as <c>q</c>. With <c>--record FILE</c> the dashboard
/// also keeps a recording (<see cref="DashboardRecording"/>). Exit codes: <see cref="LaunchExitCode"/>.
/// </summary>
public static class DashboardLaunch
{
    public static void AddTo(RootCommand root, LaunchDependencies dependencies)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(dependencies);
        var target = new TargetOptions();
        target.AddTo(root);
        var cluster = new Option<string?>("--cluster") { Description = "Open this [[cluster]] of the configuration file (default: the only one; with several, the fleet view)" };
        var readOnly = new Option<bool>("--read-only") { Description = "Look, never touch: every action in the dashboard is refused" };
        var theme = new Option<string?>("--theme") { Description = "Dashboard theme (see 'crmtui themes'); wins over NO_COLOR and the configuration" };
        root.Options.Add(cluster);
        root.Options.Add(readOnly);
        var record = new Option<string?>("--record") { Description = "Also store every distinct snapshot in FILE, as 'crmtui record' does (open it with 'crmtui replay FILE'; never overwritten)", HelpName = "FILE" };
        root.Options.Add(theme);
        root.Options.Add(record);
        root.SetAction((parseResult, cancellationToken) =>
        {
            var t = target.Read(parseResult);
            var flags = new LaunchFlags
            {
                Cluster = parseResult.GetValue(cluster),
                Hosts = t.Hosts,
                SshUser = t.SshUser,
                SshPort = t.SshPort,
                Identity = t.Identity,
                SshConfig = t.SshConfig,
                SshOptions = t.SshOptions,
                Sudo = t.Sudo,
                ReadOnly = parseResult.GetValue(readOnly),
                Theme = parseResult.GetValue(theme),
                Record = parseResult.GetValue(record),
                Timeout = t.Timeout,
            };
            return RunAsync(flags, parseResult.GetValue(GlobalOptions.Config), parseResult.InvocationConfiguration.Error, dependencies, cancellationToken);
        });
    }

    public static async Task<int> RunAsync(LaunchFlags flags, string? configOption, TextWriter error, LaunchDependencies dependencies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(dependencies);
        var env = dependencies.Environment;
        var configPath = ConfigLocation.Resolve(configOption, env("XDG_CONFIG_HOME"), env("HOME"));
        var themes = ThemeCatalog.FromEnvironment(env);

        // A missing default file means the built-in settings; a missing --config file is an error.
        if (await ConfiguredSettings.LoadAsync(configOption, env, themes, error).ConfigureAwait(false) is not { } settings)
            return LaunchExitCode.Config;

        var (plan, problem) = await LaunchPlanner.ChooseAsync(flags, settings, configPath, dependencies.LocalCluster, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            return problem.ExitCode;
        }

        var theme = themes.Resolve(flags.Theme, plan!.ConfiguredTheme, env);
        if (!theme.IsValid)
        {
            foreach (var message in theme.Errors)
                await error.WriteLineAsync($"crmtui: {message}").ConfigureAwait(false);
            return LaunchExitCode.Config;
        }
        if (await ConfiguredSettings.KeysAsync(settings, error).ConfigureAwait(false) is not { } keys)
            return LaunchExitCode.Config;
        if (!dependencies.HasTerminal())
        {
            await error.WriteLineAsync("crmtui: the dashboard needs a terminal on stdin and stdout; for scripts use 'crmtui status' or 'crmtui check'").ConfigureAwait(false);
            return LaunchExitCode.NoTerminal;
        }
        if (flags.Record is not null && !plan.Fleet.IsEmpty)
        {
            await error.WriteLineAsync("crmtui: --record records one cluster, and several are configured: choose one with --cluster NAME").ConfigureAwait(false);
            return LaunchExitCode.Usage;
        }
        if (plan.Notice is { } notice)
            await error.WriteLineAsync($"crmtui: {notice}").ConfigureAwait(false);
        using var recording = flags.Record is { } recordPath
            ? await DashboardRecording.StartAsync(recordPath, plan.Target, error).ConfigureAwait(false)
            : null;
        if (flags.Record is not null && recording is null)
            return LaunchExitCode.RecordFile;

        var plans = plan.Fleet.IsEmpty ? [plan] : plan.Fleet;
        var runners = plans.Select(p => dependencies.Runners(p.Target)).ToList();
        var audit = new JsonLinesAuditLog(AuditLogPath.Resolve(env));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // SIGTERM (a service manager, kill) and SIGHUP (the terminal or ssh session closed) end the dashboard
        // as q does, so the ssh masters are closed below; the terminal session restores the screen as well.
        // Should that take longer than the grace, the forced path closes the masters anyway and says why.
        var forced = new ForcedShutdown(runners, error, dependencies.KillLocalCommands);
        using var signals = dependencies.Signals(stop, forced.RunAsync);
        try
        {
            var options = plans.Select((p, i) => DashboardSettings.Build(p, runners[i], audit, keys, theme.Theme!)).ToList();
            return plan.Fleet.IsEmpty
                ? await dependencies.Dashboard(recording?.Attach(options[0]) ?? options[0], stop.Token).ConfigureAwait(false)
                : await dependencies.Fleet(options, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            if (recording is not null)
            {
                forced.Stage = "the recording was being finished";
                await recording.FinishAsync(error).ConfigureAwait(false);
            }
            // All at once: each ssh runner cancels what it still runs, then sends ssh -O exit, within its own bound.
            forced.Stage = "the ssh masters were being closed";
            var open = await RunnerShutdown.CloseAllAsync(runners, ForcedShutdown.CloseBound).ConfigureAwait(false);
            foreach (var line in open)
                await error.WriteLineAsync($"crmtui: closing {line}").ConfigureAwait(false);
            forced.Stage = "everything was closed";
        }
    }
}
