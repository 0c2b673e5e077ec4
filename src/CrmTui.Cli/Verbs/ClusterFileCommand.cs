using System.CommandLine;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// The command line <c>record</c> and <c>snapshot</c> share: a FILE to create from a live cluster,
/// the status source options (a saved <c>--xml-file</c> refused: it is not a live cluster), the
/// runner that reaches the cluster and the clock.
/// </summary>
internal sealed class ClusterFileCommand
{
    /// <param name="name">The verb.</param>
    /// <param name="description">The verb's help line.</param>
    /// <param name="fileDescription">FILE's help line.</param>
    /// <param name="xmlFileRefusal">Why the verb refuses <c>--xml-file</c>.</param>
    /// <param name="runnerFactory">Makes the runner; null: the local process or ssh with failover.</param>
    /// <param name="time">null: the system clock.</param>
    public ClusterFileCommand(string name, string description, string fileDescription, string xmlFileRefusal,
        Func<StatusRequest, ICommandRunner>? runnerFactory, TimeProvider? time)
    {
        File = new Argument<string>("FILE") { Description = fileDescription };
        Command = new Command(name, description);
        Command.Arguments.Add(File);
        Source.AddTo(Command);
        Command.Validators.Add(result =>
        {
            if (result.GetValue(Source.XmlFile) is not null)
                result.AddError(xmlFileRefusal);
        });
        Runners = runnerFactory ?? (request => ClusterRunners.Create(request.Target, StatusFetcher.CommandFor(request)));
        Clock = time ?? TimeProvider.System;
    }

    public Command Command { get; }

    public Argument<string> File { get; }

    public StatusSourceOptions Source { get; } = new();

    public Func<StatusRequest, ICommandRunner> Runners { get; }

    public TimeProvider Clock { get; }
}
