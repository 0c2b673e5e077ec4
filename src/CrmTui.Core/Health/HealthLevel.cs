namespace CrmTui.Core.Health;

/// <summary>How bad things are. The numeric values are the Nagios/Icinga plugin exit codes.</summary>
public enum HealthLevel
{
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3,
}
