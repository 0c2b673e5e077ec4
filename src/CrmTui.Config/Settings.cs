using System.Collections.Immutable;

namespace CrmTui.Config;

/// <summary>Everything a valid configuration file says. <see cref="SourcePath"/> is null for the built-in settings.</summary>
public sealed record Settings(
    Defaults Defaults,
    ImmutableArray<ClusterProfile> Clusters,
    ImmutableArray<KeyBindingOverride> Keys,
    string? SourcePath)
{
    /// <summary>What crmtui uses when there is no configuration file.</summary>
    public static Settings BuiltIn { get; } = new(Defaults.BuiltIn, [], [], null);

    /// <summary>The cluster named <paramref name="name"/> (names are unique regardless of case), or null.</summary>
    public ClusterProfile? FindCluster(string name) =>
        Clusters.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
