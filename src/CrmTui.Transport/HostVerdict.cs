namespace CrmTui.Transport;

/// <summary>A health verdict on one host: can it serve the cluster, and if not, why.</summary>
public sealed record HostVerdict(bool Healthy, string? Reason = null)
{
    public static HostVerdict Ok { get; } = new(true);

    public static HostVerdict Down(string reason) => new(false, reason);
}
