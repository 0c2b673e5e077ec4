using System.Collections.Immutable;

namespace CrmTui.Demo.Replay;

/// <summary>
/// crm_mon XML of the demo cluster recorded from the simulation with the real tools
/// (<c>crmtui demo --record-snapshots DIR</c>, see docs/demo.md), shipped in the assembly.
/// </summary>
public static class RecordedSnapshots
{
    private const string Prefix = "CrmTui.Demo.Recorded.";

    /// <summary>(name, crm_mon XML) in file-name order.</summary>
    public static ImmutableArray<(string Name, string Xml)> All { get; } = Load();

    private static ImmutableArray<(string, string)> Load()
    {
        var assembly = typeof(RecordedSnapshots).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (n[Prefix.Length..^".xml".Length], reader.ReadToEnd());
            })];
    }
}
