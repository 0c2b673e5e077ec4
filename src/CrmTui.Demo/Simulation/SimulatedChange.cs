using System.Collections.Immutable;

namespace CrmTui.Demo.Simulation;

/// <summary>Something that happens to the simulated cluster without an operator asking for it.</summary>
public abstract record SimulatedChange
{
    /// <summary>One line for the audit of what the demo did, and for test messages.</summary>
    public abstract string Describe();
}

/// <summary>The node stops answering; the cluster fences it. It comes back after <paramref name="RejoinAfter"/> (never when null).</summary>
public sealed record NodeFails(string Node, TimeSpan? RejoinAfter) : SimulatedChange
{
    public override string Describe() => $"{Node} fails and is fenced";
}

/// <summary>A fenced or stopped node boots and joins again.</summary>
public sealed record NodeRejoins(string Node) : SimulatedChange
{
    public override string Describe() => $"{Node} rejoins the cluster";
}

/// <summary>A recurring monitor of <paramref name="Resource"/> finds it not running, wherever it runs now.</summary>
public sealed record ResourceFails(string Resource, int IntervalMs) : SimulatedChange
{
    public override string Describe() => $"{Resource}'s monitor fails";
}

/// <summary>The partition the dashboard sees loses <paramref name="Nodes"/> and with them quorum.</summary>
public sealed record QuorumLost(ImmutableArray<string> Nodes) : SimulatedChange
{
    public override string Describe() => $"quorum lost: {string.Join(", ", Nodes)} unreachable";
}

/// <summary>The split heals: <paramref name="Nodes"/> are back and the partition has quorum again.</summary>
public sealed record QuorumRegained(ImmutableArray<string> Nodes) : SimulatedChange
{
    public override string Describe() => $"quorum regained: {string.Join(", ", Nodes)} back";
}
