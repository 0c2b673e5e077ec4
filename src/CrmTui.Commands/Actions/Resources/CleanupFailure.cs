using CrmTui.Core.Model;
using CrmTui.Transport;

namespace CrmTui.Commands.Actions.Resources;

/// <summary>
/// Clears the fail count of one failed operation (<c>crm_resource --cleanup --resource=R
/// --node=N --operation=OP --interval=Nms</c>). The interval goes with its unit: a bare number
/// is read as seconds by crm_resource, while crm_mon reports milliseconds. Pacemaker still
/// clears the resource's whole history on that node so its state is rechecked.
/// </summary>
public sealed record CleanupFailure(string Resource, string Node, string Operation, long IntervalMs) : ClusterAction
{
    /// <summary>The cleanup for a failure from crm_mon's <c>failures</c> list.</summary>
    public static CleanupFailure For(FailedAction failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new CleanupFailure(
            failure.Resource, failure.Node, failure.Task ?? "", failure.Interval?.Milliseconds ?? 0);
    }

    public override string Key => "failure.cleanup";
    public override ActionScope Scope => ActionScope.Failure;
    public override Danger Danger => Danger.Safe;
    public override string Target => Resource;

    public override string Description =>
        $"Clean up the failed {Operation} (interval {IntervalMs} ms) of {Resource} on {Node}";

    public override string? InvalidReason =>
        ResourceChecks.Invalid(Resource, Node)
        ?? (string.IsNullOrWhiteSpace(Operation) ? "operation name is empty" : Names.Problem("operation", Operation))
        ?? (IntervalMs < 0 ? "interval cannot be negative" : null);

    private protected override CommandLine Build() => Tools.CrmResource()
        .Flag("--cleanup").Option("--resource", Resource).Option("--node", Node)
        .Option("--operation", Operation).Option("--interval", $"{IntervalMs}ms").Build();

    private protected override string? UnavailableReason(SnapshotFacts facts)
    {
        var matches = facts.Failures.Any(f =>
            f.Resource == Resource && f.Node == Node && f.Task == Operation
            && (f.Interval?.Milliseconds ?? 0) == IntervalMs);
        return matches ? null : $"no failed {Operation} of {Resource} on {Node}";
    }
}
