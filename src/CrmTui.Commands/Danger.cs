namespace CrmTui.Commands;

/// <summary>How much harm an action can do if run by mistake. Drives the confirmation policy.</summary>
public enum Danger
{
    /// <summary>Changes nothing that services depend on (cleanup, refresh, clear).</summary>
    Safe,

    /// <summary>Moves, stops or restarts services, or changes what the cluster manages.</summary>
    Disruptive,

    /// <summary>Can lose data or power a machine off: fencing, confirming a node is down.</summary>
    Destructive,
}
