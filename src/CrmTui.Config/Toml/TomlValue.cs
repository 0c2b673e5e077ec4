namespace CrmTui.Config.Toml;

/// <summary>A decoded TOML value and where it starts in the source.</summary>
public abstract record TomlValue(TomlPosition Position)
{
    /// <summary>The TOML type name used in messages ("string", "integer", "table" …).</summary>
    public abstract string TypeName { get; }
}
