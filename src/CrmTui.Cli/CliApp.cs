using System.CommandLine;
using CrmTui.Cli.Composition;
using CrmTui.Cli.Verbs;
using CrmTui.Cli.Verbs.Actions;

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
        root.Add(ConfigVerb.Create(CliVocabulary.Build(), GlobalOptions.ConfigPath));
        return root;
    }

    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        BuildRoot().Parse(args).InvokeAsync(cancellationToken: cancellationToken);
}
