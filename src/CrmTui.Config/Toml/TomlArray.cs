using System.Collections.Immutable;

namespace CrmTui.Config.Toml;

/// <summary>
/// An array value, or an array of tables (<c>[[name]]</c>) when <see cref="IsArrayOfTables"/> is set;
/// then <see cref="TomlValue.Position"/> is that of the first header.
/// </summary>
public sealed record TomlArray(ImmutableArray<TomlValue> Items, TomlPosition Position, bool IsArrayOfTables = false)
    : TomlValue(Position)
{
    public override string TypeName => IsArrayOfTables ? "array of tables" : "array";
}
