using System.CommandLine;
using CrmTui.Commands;
using CrmTui.Commands.Actions.Nodes;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary><c>crmtui node standby|unstandby|maintenance|ready|fence|confirm NODE</c>.</summary>
public static class NodeVerb
{
    public static Command Create(ActionVerbContext? context = null)
    {
        context ??= ActionVerbContext.Real;
        var node = new Command("node", "Act on a cluster node: standby, maintenance, fencing");
        node.Subcommands.Add(Standby(context, "standby", "Put NODE in standby: its resources move away",
            (n, lifetime) => new StandbyNode(n, lifetime)));
        node.Subcommands.Add(Standby(context, "unstandby", "Take NODE out of standby (of the same --lifetime)",
            (n, lifetime) => new UnstandbyNode(n, lifetime)));
        node.Subcommands.Add(Simple(context, "maintenance", "Put NODE in maintenance: the cluster leaves its resources alone",
            n => new NodeMaintenance(n, On: true)));
        node.Subcommands.Add(Simple(context, "ready", "Take NODE out of maintenance",
            n => new NodeMaintenance(n, On: false)));
        node.Subcommands.Add(Fence(context));
        node.Subcommands.Add(Simple(context, "confirm", "Tell the cluster NODE is safely down (manual fencing confirmation; needs --yes)",
            n => new ConfirmFenced(n)));
        return node;
    }

    private static Argument<string> NodeArgument() => ActionCommand.Name("NODE", "The node's name as crm_mon shows it");

    private static Command Simple(ActionVerbContext context, string name, string description, Func<string, ClusterAction> action)
    {
        var nodeName = NodeArgument();
        return ActionCommand.Create(name, description, context,
            c => c.Arguments.Add(nodeName),
            p => action(p.GetValue(nodeName)!));
    }

    private static Command Standby(ActionVerbContext context, string name, string description, Func<string, AttributeLifetime, ClusterAction> action)
    {
        var nodeName = NodeArgument();
        var lifetime = new Option<string>("--lifetime")
        {
            Description = "forever (default: until undone) or reboot (until the node restarts)",
            DefaultValueFactory = _ => "forever",
        };
        lifetime.AcceptOnlyFromAmong("forever", "reboot");
        return ActionCommand.Create(name, description, context,
            c => { c.Arguments.Add(nodeName); c.Options.Add(lifetime); },
            p => action(p.GetValue(nodeName)!, p.GetValue(lifetime) == "reboot" ? AttributeLifetime.Reboot : AttributeLifetime.Forever));
    }

    private static Command Fence(ActionVerbContext context)
    {
        var nodeName = NodeArgument();
        var mode = new Option<string>("--action")
        {
            Description = "reboot (default) or off (power it off and leave it off)",
            DefaultValueFactory = _ => "reboot",
        };
        mode.AcceptOnlyFromAmong("reboot", "off");
        return ActionCommand.Create("fence", "Fence NODE through the cluster's fence devices (needs --yes)", context,
            c => { c.Arguments.Add(nodeName); c.Options.Add(mode); },
            p => new FenceNode(p.GetValue(nodeName)!, p.GetValue(mode) == "off" ? FenceMode.Off : FenceMode.Reboot));
    }
}
