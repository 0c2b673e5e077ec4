using System.CommandLine;
using CrmTui.Cli.Composition;
using CrmTui.Cli.Diagnostics;
using CrmTui.Cli.Launch;
using CrmTui.Cli.Verbs;
using CrmTui.Cli.Verbs.Actions;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli;

/// <summary>The composition root: builds the verb tree and runs it.</summary>
public static class CliApp
{
    private const string Description = "crmtui: a terminal dashboard and CLI for Pacemaker/Corosync clusters";

    /// <param name="launch">What <c>crmtui</c> with no verb uses (tests replace it); null: the real process.</param>
    public static RootCommand BuildRoot(LaunchDependencies? launch = null)
    {
        var root = new RootCommand(Description);
        root.Add(GlobalOptions.Config);
        DashboardLaunch.AddTo(root, launch ?? LaunchDependencies.Real);
        root.Add(StatusVerb.Create());
        root.Add(CheckVerb.Create());
        root.Add(NodeVerb.Create());
        root.Add(ResourceVerb.Create());
        root.Add(ClusterVerb.Create());
        root.Add(TicketVerb.Create());
        root.Add(EventsVerb.Create());
        root.Add(RecordVerb.Create());
        root.Add(SnapshotVerb.Create());
        root.Add(ReplayVerb.Create(Environment.GetEnvironmentVariable, p => p.GetValue(GlobalOptions.Config)));
        root.Add(ConfigVerb.Create(() => ThemeCatalog.FromEnvironment(Environment.GetEnvironmentVariable), GlobalOptions.ConfigPath));
        root.Add(DemoVerb.Create(Environment.GetEnvironmentVariable));
        root.Add(ThemesVerb.Create(() => ThemeCatalog.FromEnvironment(Environment.GetEnvironmentVariable), Environment.GetEnvironmentVariable));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        StartupTrace.Mark("main");
        // crm_mon first: it runs while the verb tree is built and the arguments parsed.
        await using var prefetch = StatusPrefetch.TryStart(args);
        StartupTrace.Mark(prefetch is null ? "no prefetch" : "crm_mon prefetch started");
        var root = HotPathRoot(args, prefetch) ?? BuildRoot();
        StartupTrace.Mark("verb tree built");
        var parsed = root.Parse(args);
        StartupTrace.Mark("parsed");
        var exit = await parsed.InvokeAsync(InvocationFor(parsed), cancellationToken).ConfigureAwait(false);
        StartupTrace.Mark("done");
        return exit;
    }

    /// <summary>
    /// How <paramref name="parsed"/> is invoked. The dashboard (no verb) handles SIGTERM, SIGHUP and
    /// SIGINT itself (<see cref="EndOnSignals"/>: the loop ends as on <c>q</c> and the ssh masters are
    /// closed; after a 5 s grace the forced path closes them anyway and exits 128 + the signal), so
    /// System.CommandLine's own handling is off for it: that handling cancels too, but when the
    /// action has not returned 2 s later it ends the invocation with 143 (or 130) while the masters
    /// are still being closed, and the process exits with them left running for ControlPersist.
    /// Every verb keeps System.CommandLine's handling (the long-running ones add their own,
    /// <c>StopSignals</c>).
    /// </summary>
    public static InvocationConfiguration? InvocationFor(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return parsed.CommandResult.Command is RootCommand ? new InvocationConfiguration { ProcessTerminationTimeout = null } : null;
    }

    /// <summary>
    /// <c>crmtui status</c> and <c>crmtui check</c> are what monitoring runs every few seconds,
    /// so they start with only their own verb: building the whole tree costs them start-up time
    /// (docs/performance.md, "CLI status"). Anything else, help included, gets the full root.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="prefetch">crm_mon already started for a plain local status; null: none.</param>
    public static RootCommand? HotPathRoot(IReadOnlyList<string> args, StatusPrefetch? prefetch = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        Command? verb = args.Count == 0 ? null : args[0] switch
        {
            "status" => StatusVerb.Create(prefetch: prefetch),
            "check" => CheckVerb.Create(),
            _ => null,
        };
        if (verb is null)
            return null;
        var root = new RootCommand(Description);
        root.Add(GlobalOptions.Config);
        root.Add(verb);
        return root;
    }
}
