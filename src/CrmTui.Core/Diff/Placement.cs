namespace CrmTui.Core.Diff;

/// <summary>Where one resource (or all instances of one anonymous clone) is active, and in which roles.</summary>
internal sealed record Placement(string? CloneId, bool AnonymousClone)
{
    /// <summary>Node name → roles of the instances active there (more than one with clone-node-max &gt; 1).</summary>
    public Dictionary<string, List<string>> Roles { get; } = new(StringComparer.Ordinal);
}
