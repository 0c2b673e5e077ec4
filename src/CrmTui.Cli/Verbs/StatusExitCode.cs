namespace CrmTui.Cli.Verbs;

/// <summary>Exit codes of <c>crmtui status</c> (docs/cli.md). 1 is System.CommandLine's for a usage error.</summary>
public static class StatusExitCode
{
    public const int Ok = 0;
    public const int Usage = 1;

    /// <summary>The input file is missing or cannot be read.</summary>
    public const int Unreadable = 2;

    /// <summary>The crm_mon output is not valid crm_mon XML (the message has line:column).</summary>
    public const int Malformed = 3;

    /// <summary>crm_mon answered with <c>&lt;errors&gt;</c> or failed: Pacemaker gave no status.</summary>
    public const int Refused = 4;

    /// <summary>crm_mon could not be run at all: no host reachable, ssh failure, timeout, crm_mon missing.</summary>
    public const int Unreachable = 5;
}
