namespace CrmTui.Integration.Tests.Lab;

/// <summary>
/// What the lab tests do, as an operator would, to a lab cluster that does not settle by itself:
/// clean up failures, then re-probe every resource, then clean up failures again every 30 s.
/// </summary>
/// <remarks>Seen on CI and locally: a node that rejoins (after a fence, or power-off) as the DC
/// sends it an action can lose that action; the transition then waits for the action's timeout
/// (the labs' op_defaults 90 s) plus <c>cluster-delay</c> (60 s) and records it as a failed action
/// ("Controller on node2 did not return result in time") 150 s later. Only a cleanup after that
/// moment clears it, hence the cleanups until the caller's deadline.</remarks>
internal static class LabNudges
{
    private static readonly TimeSpan s_interval = TimeSpan.FromSeconds(30);

    /// <summary>The argv of nudge number <paramref name="done"/> (counted from 0) when it is due
    /// after <paramref name="waited"/>, the first one being due at <paramref name="first"/>; null
    /// while it is not.</summary>
    public static string[]? Due(int done, TimeSpan waited, TimeSpan first) =>
        waited < first + s_interval * done ? null
        : done == 1 ? ["crm_resource", "--refresh"]
        : ["crm_resource", "--cleanup"];
}
