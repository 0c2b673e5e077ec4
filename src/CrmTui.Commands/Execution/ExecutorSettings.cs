namespace CrmTui.Commands.Execution;

/// <summary>How an <see cref="ActionExecutor"/> treats requests for one cluster profile.</summary>
/// <param name="ClusterName">The profile's name, written to the audit log.</param>
/// <param name="ReadOnly">When set, every action is refused and no command is even built.</param>
/// <param name="Confirmation">Which danger levels need <see cref="ActionRequest.Confirmed"/>.</param>
public sealed record ExecutorSettings(
    string ClusterName,
    bool ReadOnly = false,
    ConfirmationPolicy Confirmation = ConfirmationPolicy.Destructive);
