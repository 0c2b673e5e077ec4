using System.Collections.Immutable;

namespace CrmTui.Config.Toml;

/// <summary>A table in source order. Keys are unique (the reader rejects duplicates).</summary>
public sealed record TomlTable(ImmutableArray<TomlKeyValue> Entries, TomlPosition Position, bool IsInline = false)
    : TomlValue(Position)
{
    public override string TypeName => IsInline ? "inline table" : "table";

    /// <summary>Finds the entry for <paramref name="key"/> (exact, case-sensitive as TOML is).</summary>
    public TomlKeyValue? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }
        return null;
    }
}
