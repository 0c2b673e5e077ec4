namespace CrmTui.Config.Toml;

/// <summary>One entry of a table: the key (last segment of a dotted key), where it was written, and its value.</summary>
public sealed record TomlKeyValue(string Key, TomlPosition KeyPosition, TomlValue Value);
