using System.CommandLine;

namespace CrmTui.Cli;

/// <summary>The composition root: builds the verb tree and runs it.</summary>
public static class CliApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("crmtui: a terminal dashboard and CLI for Pacemaker/Corosync clusters");
        return root;
    }

    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        BuildRoot().Parse(args).InvokeAsync(cancellationToken: cancellationToken);
}
