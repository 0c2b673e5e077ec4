namespace CrmTui.Cli.Verbs;

/// <summary>Exit codes of <c>crmtui record</c>, <c>replay</c> and <c>snapshot</c> (docs/cli.md), in
/// line with <see cref="StatusExitCode"/>: 1 is a usage error.</summary>
public static class RecordExitCode
{
    public const int Ok = 0;
    public const int Usage = 1;

    /// <summary>The output file exists (never overwritten) or cannot be written; the input cannot be read.</summary>
    public const int FileError = 2;

    /// <summary>replay: the configuration file has errors (each printed as file:line:col: message), or a
    /// <c>--config</c> file that does not exist. Checked after the file, so <c>--list</c> needs no configuration.</summary>
    public const int Config = 6;

    /// <summary>replay: the file is not a recording or bundle, or holds no snapshot that parses.</summary>
    public const int NothingToReplay = 3;

    /// <summary>snapshot: the bundle was written, but some part failed (each named on stderr and in the manifest).</summary>
    public const int PartsFailed = 4;

    /// <summary>record: stopped without a single snapshot recorded (the last error is on stderr); snapshot: crm_mon failed too.</summary>
    public const int Unreachable = 5;
}
