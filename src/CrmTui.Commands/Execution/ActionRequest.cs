using CrmTui.Core.Model;

namespace CrmTui.Commands.Execution;

/// <summary>How the caller wants one action run.</summary>
/// <param name="Confirmed">The operator confirmed: the CLI's <c>--yes</c>, or the dashboard's dialog answered yes.</param>
/// <param name="DryRun">Only format the command as the runner would send it; run nothing.</param>
/// <param name="Snapshot">
/// The cluster as last seen. When given, an action whose <see cref="ClusterAction.DisabledReason"/>
/// is set is refused; when null, only the request itself is checked (scripts that act blind).
/// </param>
public sealed record ActionRequest(bool Confirmed = false, bool DryRun = false, ClusterSnapshot? Snapshot = null)
{
    public static readonly ActionRequest Default = new();
}
