using CrmTui.Core.Model;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// One attempt at getting a status: a snapshot with the XML exactly as received, or a one-line
/// error and the exit code (<see cref="StatusExitCode"/>) that goes with it.
/// </summary>
public sealed record StatusFetch(ClusterSnapshot? Snapshot, string? RawXml, string? Error, int ExitCode, string Source)
{
    public bool Succeeded => Snapshot is not null;

    /// <summary>Which host served and why, when several hosts were given and it was not simply
    /// the first (<see cref="Target.ClusterRunners.FailoverNote"/>); null otherwise.</summary>
    public string? FailoverNote { get; init; }
}
