using System.CommandLine;
using CrmTui.Commands;
using CrmTui.Commands.Actions.Cluster;
using CrmTui.Commands.Actions.Resources;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary>
/// <c>crmtui resource cleanup|refresh|move|ban|clear|enable|disable|manage|unmanage|restart …</c>.
/// </summary>
public static class ResourceVerb
{
    public static Command Create(ActionVerbContext? context = null)
    {
        context ??= ActionVerbContext.Real;
        var resource = new Command("resource", "Act on a resource: cleanup, move, ban, clear, enable, disable, manage, restart");
        resource.Subcommands.Add(Cleanup(context));
        resource.Subcommands.Add(Refresh(context));
        resource.Subcommands.Add(Placement(context, "move", "Move RESOURCE to --node, or away from its current node (leaves a constraint until 'clear' or --lifetime)",
            (r, n, l, p) => new MoveResource(r, n, l, p)));
        resource.Subcommands.Add(Placement(context, "ban", "Ban RESOURCE from --node, or from its current node (until 'clear' or --lifetime)",
            (r, n, l, p) => new BanResource(r, n, l, p)));
        resource.Subcommands.Add(Clear(context));
        resource.Subcommands.Add(Simple(context, "enable", "Enable RESOURCE (target-role Started)", r => new EnableResource(r)));
        resource.Subcommands.Add(Simple(context, "disable", "Disable RESOURCE: stop it and keep it stopped (target-role Stopped)", r => new DisableResource(r)));
        resource.Subcommands.Add(Simple(context, "manage", "Manage RESOURCE again (is-managed true)", r => new ManageResource(r)));
        resource.Subcommands.Add(Simple(context, "unmanage", "Unmanage RESOURCE: the cluster stops starting, stopping and recovering it", r => new UnmanageResource(r)));
        resource.Subcommands.Add(Simple(context, "restart", "Restart RESOURCE and the resources that depend on it", r => new RestartResource(r)));
        return resource;
    }

    private static Argument<string> Required() => ActionCommand.Name("RESOURCE", "The resource id (a primitive, group, clone or clone child)");

    private static Argument<string?> Optional(string description) =>
        new("RESOURCE") { Description = description, Arity = ArgumentArity.ZeroOrOne };

    private static Option<string?> NodeOption(string description) => new("--node") { Description = description };

    private static Command Simple(ActionVerbContext context, string name, string description, Func<string, ClusterAction> action)
    {
        var resource = Required();
        return ActionCommand.Create(name, description, context,
            c => c.Arguments.Add(resource),
            p => action(p.GetValue(resource)!));
    }

    private static Command Cleanup(ActionVerbContext context)
    {
        var resource = Optional("The resource whose failures to clean up (default: every resource)");
        var node = NodeOption("Only the failures on this node");
        var operation = new Option<string?>("--operation") { Description = "Only this failed operation (e.g. monitor); needs RESOURCE and --node" };
        var interval = new Option<string?>("--interval") { Description = "The failed operation's interval: 10s, 10000ms, 1m; a bare number is milliseconds (default 0)" };
        return ActionCommand.Create("cleanup", "Clean up failures: of RESOURCE (on --node), of one failed operation, or of every resource", context,
            c =>
            {
                c.Arguments.Add(resource);
                c.Options.Add(node);
                c.Options.Add(operation);
                c.Options.Add(interval);
                c.Validators.Add(result =>
                {
                    var hasResource = result.GetValue(resource) is not null;
                    if (!hasResource && result.GetValue(node) is not null)
                        result.AddError("--node needs a RESOURCE (without one, every failure is cleaned up)");
                    if (result.GetValue(operation) is not null && (!hasResource || result.GetValue(node) is null))
                        result.AddError("--operation needs a RESOURCE and --node");
                    if (result.GetValue(interval) is { } text)
                    {
                        if (result.GetValue(operation) is null)
                            result.AddError("--interval needs --operation");
                        if (OperationInterval.TryParseMilliseconds(text) is null)
                            result.AddError($"--interval '{text}' is not an interval such as 10s, 10000ms or 1m");
                    }
                });
            },
            p =>
            {
                if (p.GetValue(resource) is not { } r)
                    return new CleanupAll();
                if (p.GetValue(operation) is { } op)
                    return new CleanupFailure(r, p.GetValue(node)!, op, OperationInterval.TryParseMilliseconds(p.GetValue(interval) ?? "0") ?? 0);
                return new CleanupResource(r, p.GetValue(node));
            });
    }

    private static Command Refresh(ActionVerbContext context)
    {
        var resource = Optional("The resource to refresh (default: every resource)");
        var node = NodeOption("Only on this node");
        return ActionCommand.Create("refresh", "Refresh RESOURCE (or every resource): forget its history and re-probe its state", context,
            c =>
            {
                c.Arguments.Add(resource);
                c.Options.Add(node);
                c.Validators.Add(result =>
                {
                    if (result.GetValue(resource) is null && result.GetValue(node) is not null)
                        result.AddError("--node needs a RESOURCE");
                });
            },
            p => p.GetValue(resource) is { } r ? new RefreshResource(r, p.GetValue(node)) : new RefreshAll());
    }

    private static Command Placement(
        ActionVerbContext context, string name, string description, Func<string, string?, string?, bool, ClusterAction> action)
    {
        var resource = Required();
        var node = NodeOption(name == "move" ? "The node to move it to (default: away from its current node)" : "The node to ban it from (default: its current node)");
        var lifetime = new Option<string?>("--lifetime") { Description = "How long the constraint lasts, ISO 8601: PT10M, PT2H, P1D (default: until cleared)" };
        var promoted = new Option<bool>("--promoted") { Description = "Only the promoted role of a promotable clone" };
        return ActionCommand.Create(name, description, context,
            c =>
            {
                c.Arguments.Add(resource);
                c.Options.Add(node);
                c.Options.Add(lifetime);
                c.Options.Add(promoted);
            },
            p => action(p.GetValue(resource)!, p.GetValue(node), p.GetValue(lifetime), p.GetValue(promoted)));
    }

    private static Command Clear(ActionVerbContext context)
    {
        var resource = Optional("The resource whose move/ban constraints to clear (optional with --expired)");
        var node = NodeOption("Only the constraints on this node");
        var promoted = new Option<bool>("--promoted") { Description = "Only the promoted-role constraints" };
        var expired = new Option<bool>("--expired") { Description = "Only remove expired constraints (of RESOURCE, or of every resource)" };
        return ActionCommand.Create("clear", "Clear the move and ban constraints of RESOURCE, or with --expired the expired ones", context,
            c =>
            {
                c.Arguments.Add(resource);
                c.Options.Add(node);
                c.Options.Add(promoted);
                c.Options.Add(expired);
                c.Validators.Add(result =>
                {
                    if (result.GetValue(expired))
                    {
                        if (result.GetValue(node) is not null || result.GetValue(promoted))
                            result.AddError("--expired takes no --node or --promoted");
                    }
                    else if (result.GetValue(resource) is null)
                    {
                        result.AddError("clear needs a RESOURCE (or --expired)");
                    }
                });
            },
            p => p.GetValue(expired)
                ? new ClearExpired(p.GetValue(resource))
                : new ClearResource(p.GetValue(resource)!, p.GetValue(node), p.GetValue(promoted)));
    }
}
