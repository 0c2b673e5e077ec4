namespace CrmTui.Core.Health;

/// <summary>The checks <see cref="HealthEvaluator"/> runs; the names are the ones findings and perfdata use.</summary>
public enum HealthRule
{
    /// <summary>Entries in crm_mon's failures section.</summary>
    FailedActions,

    /// <summary>Primitive instances stopped although their target role (and their parents') asks for them to run.</summary>
    StoppedResources,

    /// <summary>Nodes that are unclean (must be fenced).</summary>
    UncleanNodes,

    /// <summary>Nodes that are offline (and not unclean).</summary>
    OfflineNodes,

    /// <summary>No DC, or the DC's partition has no quorum.</summary>
    Quorum,

    /// <summary>Cluster-wide maintenance-mode, or maintenance on a node.</summary>
    Maintenance,

    /// <summary>Fencing actions still pending in the fence history.</summary>
    PendingFencing,

    /// <summary>Fencing actions that failed in the fence history.</summary>
    FailedFencing,

    /// <summary>The cluster option stonith-enabled is false.</summary>
    StonithDisabled,
}
