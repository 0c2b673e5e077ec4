namespace CrmTui.Config.Toml;

public sealed record TomlFloat(double Value, TomlPosition Position) : TomlValue(Position)
{
    public override string TypeName => "float";
}
