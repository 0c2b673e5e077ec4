namespace CrmTui.Config.Toml;

public sealed record TomlInteger(long Value, TomlPosition Position) : TomlValue(Position)
{
    public override string TypeName => "integer";
}
