namespace CrmTui.Config.Toml;

public sealed record TomlString(string Value, TomlPosition Position) : TomlValue(Position)
{
    public override string TypeName => "string";
}
