using CrmTui.Core.Model;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// One attempt at getting a status: a snapshot with the XML exactly as received, or a one-line
/// error and the exit code (<see cref="StatusExitCode"/>) that goes with it.
/// </summary>
public sealed record StatusFetch(ClusterSnapshot? Snapshot, string? RawXml, string? Error, int ExitCode, string Source)
{
    public bool Succeeded => Snapshot is not null;
}
