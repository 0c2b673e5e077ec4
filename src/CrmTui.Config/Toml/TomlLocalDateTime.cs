namespace CrmTui.Config.Toml;

public sealed record TomlLocalDateTime(DateTime Value, TomlPosition Position) : TomlValue(Position)
{
    public override string TypeName => "local date-time";
}
