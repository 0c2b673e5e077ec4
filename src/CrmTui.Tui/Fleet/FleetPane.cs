namespace CrmTui.Tui.Fleet;

/// <summary>Which list of the fleet overview has the cursor.</summary>
public enum FleetPane
{
    Clusters,
    Problems,
}
