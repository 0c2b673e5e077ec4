namespace CrmTui.Config.Toml;

public sealed record TomlLocalDate(DateOnly Value, TomlPosition Position) : TomlValue(Position)
{
    public override string TypeName => "local date";
}
