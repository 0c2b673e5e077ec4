using CrmTui.Cli.Verbs.Target;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary>How one action verb was asked to run: where, and with which safety switches.</summary>
public sealed record ActionInvocation(ClusterTarget Target, bool ReadOnly, bool Yes, bool DryRun, bool Json);
