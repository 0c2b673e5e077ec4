namespace CrmTui.Cli.Launch;

/// <summary>Exit codes of <c>crmtui</c> with no verb (docs/cli.md, "crmtui: the dashboard").</summary>
public static class LaunchExitCode
{
    /// <summary>The dashboard ran and the operator quit it (q, Ctrl-C, SIGTERM, SIGHUP).</summary>
    public const int Quit = 0;

    /// <summary>The command line cannot be used (unknown option, ssh settings with nothing to apply them to,
    /// <c>--record</c> with the fleet view).</summary>
    public const int Usage = 1;

    /// <summary>The configuration file has errors (each printed as file:line:col: message), names an unknown
    /// theme, or <c>--cluster</c> names no configured cluster.</summary>
    public const int Config = 2;

    /// <summary>Nothing to open: no <c>--host</c>, no configured cluster, and no local Pacemaker answering.</summary>
    public const int NoCluster = 3;

    /// <summary>Standard input or output is not a terminal: the dashboard needs one.</summary>
    public const int NoTerminal = 4;

    /// <summary><c>--record FILE</c>: FILE exists (a recording is never overwritten) or cannot be created.</summary>
    public const int RecordFile = 5;
}
