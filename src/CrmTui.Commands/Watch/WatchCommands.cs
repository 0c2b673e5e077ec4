using System.Globalization;
using CrmTui.Transport;

namespace CrmTui.Commands.Watch;

/// <summary>The commands a <see cref="ClusterWatcher"/> runs besides the full crm_mon.</summary>
public static class WatchCommands
{
    /// <summary>The CIB root element alone (no children): its version attributes, in ~20 ms over ssh.</summary>
    public static CommandLine CibVersion(WatchOptions options) =>
        With(Argv.For("cibadmin").Flag("--query").Option("--xpath", "/cib").Flag("--no-children").Timeout(options.ProbeTimeout), options);

    /// <summary>The fencer's history for every node, as XML.</summary>
    public static CommandLine FenceHistory(WatchOptions options) =>
        With(Argv.For("stonith_admin").Option("--history", "*").Flag("--output-as=xml").Timeout(options.ProbeTimeout), options);

    /// <summary>crm_mon left running in text mode: it redraws (prints) when the CIB or the fencer
    /// notifies it. Its own timer is set to an hour so it prints on changes only; the watcher's
    /// safety refresh does the periodic fetch.</summary>
    public static CommandLine Stream(WatchOptions options)
    {
        var argv = Argv.For("crm_mon").Flag("--output-as=text").Option("--interval", "3600s");
        if (options.FenceHistory is { } level)
            argv = argv.Option("--fence-history", level.ToString(CultureInfo.InvariantCulture));
        return With(argv, options, repeats: false);
    }

    // Probes run on every poll: a runner may keep a session for each (see CommandLine.Repeats).
    private static CommandLine With(Argv argv, WatchOptions options, bool repeats = true)
    {
        var command = argv.Build();
        return command with { Environment = command.Environment.SetItems(options.Environment), Repeats = repeats };
    }
}
