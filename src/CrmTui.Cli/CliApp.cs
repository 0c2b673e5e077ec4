using System.CommandLine;
using CrmTui.Cli.Composition;
using CrmTui.Cli.Verbs;
using CrmTui.Cli.Verbs.Actions;
using CrmTui.Tui.Theming;

namespace CrmTui.Cli;

/// <summary>The composition root: builds the verb tree and runs it.</summary>
public static class CliApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("crmtui: a terminal dashboard and CLI for Pacemaker/Corosync clusters");
        root.Add(GlobalOptions.Config);
        root.Add(StatusVerb.Create());
        root.Add(CheckVerb.Create());
        root.Add(NodeVerb.Create());
        root.Add(ResourceVerb.Create());
        root.Add(ClusterVerb.Create());
        root.Add(TicketVerb.Create());
        root.Add(EventsVerb.Create());
        root.Add(ConfigVerb.Create(() => ThemeCatalog.FromEnvironment(Environment.GetEnvironmentVariable), GlobalOptions.ConfigPath));
        root.Add(DemoVerb.Create(Environment.GetEnvironmentVariable));
        root.Add(ThemesVerb.Create(() => ThemeCatalog.FromEnvironment(Environment.GetEnvironmentVariable), Environment.GetEnvironmentVariable));
        return root;
    }

    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        BuildRoot().Parse(args).InvokeAsync(cancellationToken: cancellationToken);
}
