namespace CrmTui.Commands;

/// <summary>What fencing does to the node.</summary>
public enum FenceMode
{
    /// <summary><c>stonith_admin --reboot</c>: power cycle.</summary>
    Reboot,

    /// <summary><c>stonith_admin --fence</c>: power off and leave off.</summary>
    Off,
}
