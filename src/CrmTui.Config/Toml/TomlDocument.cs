namespace CrmTui.Config.Toml;

/// <summary>A parsed TOML file: its root table and the name used in error messages.</summary>
public sealed record TomlDocument(string FileName, TomlTable Root);
