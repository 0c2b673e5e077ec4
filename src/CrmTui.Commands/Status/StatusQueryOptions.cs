namespace CrmTui.Commands.Status;

/// <summary>What <see cref="ClusterStatusQuery"/> asks crm_mon for.</summary>
/// <param name="FenceHistory">
/// <c>--fence-history=LEVEL</c>: 0 none, 1 failed and pending (crm_mon's default), 2 adds
/// successes, 3 full history. Null leaves crm_mon's default.
/// </param>
/// <param name="Timeout">Per-call timeout; a poll that hangs longer counts as not answering.</param>
public sealed record StatusQueryOptions(int? FenceHistory = null, TimeSpan? Timeout = null)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static readonly StatusQueryOptions Default = new();
}
