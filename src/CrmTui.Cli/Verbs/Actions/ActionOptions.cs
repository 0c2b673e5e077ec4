using System.CommandLine;
using CrmTui.Cli.Verbs.Target;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary>The options every action verb takes: the cluster target and the safety switches.</summary>
public sealed class ActionOptions
{
    public TargetOptions Target { get; } = new();
    public Option<bool> ReadOnly { get; } = new("--read-only") { Description = "Refuse to change anything (nothing is built or run)" };
    public Option<bool> Yes { get; } = new("--yes", "-y") { Description = "Confirm a destructive action (fence, confirm, tickets)" };
    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Print the command exactly as it would be sent, on one line, and run nothing" };
    public Option<string> Output { get; } = new("--output", "-o") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Target.AddTo(command);
        Output.AcceptOnlyFromAmong("text", "json");
        foreach (var option in new Option[] { ReadOnly, Yes, DryRun, Output })
            command.Options.Add(option);
    }

    public ActionInvocation Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new ActionInvocation(Target.Read(parseResult), parseResult.GetValue(ReadOnly), parseResult.GetValue(Yes),
            parseResult.GetValue(DryRun), parseResult.GetValue(Output) == "json");
    }
}
