namespace CrmTui.Config;

/// <summary>Which actions ask "are you sure?" before they run. Each level includes the ones below it.</summary>
public enum ConfirmPolicy
{
    /// <summary>Every action, even safe ones such as a cleanup.</summary>
    Always,

    /// <summary>Disruptive and destructive actions (standby, move, ban, stop, fence). The default.</summary>
    Disruptive,

    /// <summary>Only destructive actions (fencing a node).</summary>
    Destructive,

    /// <summary>Nothing asks. Meant for scripted or training setups; read-only mode still applies.</summary>
    Never,
}
