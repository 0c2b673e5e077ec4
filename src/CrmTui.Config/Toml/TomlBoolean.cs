namespace CrmTui.Config.Toml;

public sealed record TomlBoolean(bool Value, TomlPosition Position) : TomlValue(Position)
{
    public override string TypeName => "boolean";
}
