namespace CrmTui.Config.Toml;

/// <summary>A 1-based line and column in a TOML text. Columns count UTF-16 code units from the line start.</summary>
public readonly record struct TomlPosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
