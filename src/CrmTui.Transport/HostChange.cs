namespace CrmTui.Transport;

/// <summary>The serving host of a <see cref="FailoverRunner"/> changed (or was first chosen:
/// <see cref="Previous"/> is null then).</summary>
/// <param name="Previous">The host that served before; null on the first choice.</param>
/// <param name="Current">The host that serves now.</param>
/// <param name="Reason">Why, for the status line: "ssh node1: cannot connect …; node2 answered".</param>
/// <param name="At">When the change happened.</param>
public sealed record HostChange(ICommandRunner? Previous, ICommandRunner Current, string Reason, DateTimeOffset At);
