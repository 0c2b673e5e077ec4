namespace CrmTui.Config.Toml;

public sealed record TomlOffsetDateTime(DateTimeOffset Value, TomlPosition Position) : TomlValue(Position)
{
    public override string TypeName => "offset date-time";
}
