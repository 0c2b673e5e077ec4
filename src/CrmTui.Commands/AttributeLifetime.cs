namespace CrmTui.Commands;

/// <summary>How long a node attribute such as <c>standby</c> lasts (<c>crm_attribute --lifetime</c>).</summary>
public enum AttributeLifetime
{
    /// <summary>In the CIB configuration: survives reboots until removed.</summary>
    Forever,

    /// <summary>In the status section: gone when the node's cluster stack restarts.</summary>
    Reboot,
}
