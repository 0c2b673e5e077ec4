namespace CrmTui.Config.Toml;

public sealed record TomlLocalTime(TimeOnly Value, TomlPosition Position) : TomlValue(Position)
{
    public override string TypeName => "local time";
}
