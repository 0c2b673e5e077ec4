using CrmTui.Core.Model;
using CrmTui.Transport;

namespace CrmTui.Commands.Status;

/// <summary>
/// One status poll. <see cref="Snapshot"/> is set only when <see cref="Kind"/> is
/// <see cref="StatusKind.Ok"/>; otherwise <see cref="Error"/> says what went wrong, in one line.
/// </summary>
public sealed record StatusResult(
    StatusKind Kind,
    ClusterSnapshot? Snapshot,
    string? Error,
    string Host,
    TimeSpan Duration,
    int? ExitCode = null,
    TransportFailure? TransportFailure = null)
{
    public bool Succeeded => Kind == StatusKind.Ok;
}
