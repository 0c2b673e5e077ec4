namespace CrmTui.Commands.Status;

/// <summary>How a status query ended.</summary>
public enum StatusKind
{
    /// <summary>Pacemaker answered with a cluster status.</summary>
    Ok,

    /// <summary>crm_mon could not be run there: connection refused, timeout, host key, missing program.</summary>
    Unreachable,

    /// <summary>crm_mon ran but Pacemaker did not answer: <c>&lt;errors&gt;</c> in its status
    /// (often with exit 0), or a non-zero exit.</summary>
    Refused,

    /// <summary>crm_mon printed something that is not a readable status (truncated, not XML).</summary>
    Malformed,
}
