namespace CrmTui.Cli.Launch;

/// <summary>Whether this machine is a cluster node: its own <c>crm_mon</c> answered, or why not.</summary>
public sealed record LocalCluster(bool Answers, string? Reason = null)
{
    public static LocalCluster Answering { get; } = new(true);

    public static LocalCluster NotAnswering(string reason) => new(false, reason);
}
