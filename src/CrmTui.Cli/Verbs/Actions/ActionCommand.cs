using System.CommandLine;
using CrmTui.Commands;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary>Builds one action verb: its own arguments, the shared <see cref="ActionOptions"/>,
/// and an action that turns the parse result into a <see cref="ClusterAction"/> for <see cref="ActionRun"/>.</summary>
internal static class ActionCommand
{
    public static Command Create(
        string name, string description, ActionVerbContext context,
        Action<Command> configure, Func<ParseResult, ClusterAction> build)
    {
        var command = new Command(name, description);
        configure(command);
        var options = new ActionOptions();
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => ActionRun.RunAsync(
            build(parseResult), options.Read(parseResult), context,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    /// <summary>A required name argument (NODE, RESOURCE, TICKET).</summary>
    public static Argument<string> Name(string name, string description) => new(name) { Description = description };
}
