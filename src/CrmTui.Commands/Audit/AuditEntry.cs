using System.Collections.Immutable;

namespace CrmTui.Commands.Audit;

/// <summary>One executed command, as written to the audit log.</summary>
/// <param name="Host">Where it ran: the runner's target ("local", "ssh node1").</param>
/// <param name="Target">What it acted on: a node, a resource, a ticket or "cluster".</param>
/// <param name="ExitCode">Null when the command could not be run at all (see <paramref name="Error"/>).</param>
/// <param name="Error">The stderr excerpt, the tool's XML error text, or the transport failure.</param>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string User,
    string Cluster,
    string Host,
    string Action,
    string Target,
    ImmutableArray<string> Argv,
    int? ExitCode,
    TimeSpan Duration,
    string Error);
