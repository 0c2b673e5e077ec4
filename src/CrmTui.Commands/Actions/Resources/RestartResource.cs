using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>
/// Stops a resource and everything that depends on it, then starts them again, waiting for
/// both (<c>crm_resource --restart --resource=R</c>). That can take minutes, so the command's
/// timeout is long.
/// </summary>
public sealed record RestartResource(string Resource) : ClusterAction
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    public override string Key => "resource.restart";
    public override ActionScope Scope => ActionScope.Resource;
    public override Danger Danger => Danger.Disruptive;
    public override string Target => Resource;
    public override string Description => $"Restart {Resource} and the resources that depend on it";
    public override string? InvalidReason => ResourceChecks.Invalid(Resource);

    private protected override CommandLine Build() => Tools.CrmResource()
        .Flag("--restart").Option("--resource", Resource).Timeout(CommandTimeout).Build();

    private protected override string? UnavailableReason(SnapshotFacts facts)
    {
        if (ResourceChecks.Missing(facts, Resource) is { } missing)
            return missing;
        if (facts.MaintenanceMode)
            return "cluster is in maintenance mode";
        if (facts.IsUnmanaged(Resource))
            return $"{Resource} is unmanaged";
        return facts.NodesRunning(Resource).IsEmpty ? $"{Resource} is not running" : null;
    }
}
