using System.CommandLine;
using CrmTui.Commands.Actions.Cluster;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary><c>crmtui cluster maintenance on|off</c>.</summary>
public static class ClusterVerb
{
    public static Command Create(ActionVerbContext? context = null)
    {
        context ??= ActionVerbContext.Real;
        var cluster = new Command("cluster", "Act on the whole cluster");
        var state = new Argument<string>("on|off") { Description = "on: no resource is managed until off" };
        state.AcceptOnlyFromAmong("on", "off");
        cluster.Subcommands.Add(ActionCommand.Create("maintenance", "Put the whole cluster in maintenance mode, or take it out", context,
            c => c.Arguments.Add(state),
            p => new ClusterMaintenance(On: p.GetValue(state) == "on")));
        return cluster;
    }
}
