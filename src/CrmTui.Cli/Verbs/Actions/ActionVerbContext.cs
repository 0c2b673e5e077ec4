using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands.Audit;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs.Actions;

/// <summary>What the action verbs run through: the runner for a target and the audit log.
/// The defaults are the real ones; tests replace them.</summary>
/// <param name="RunnerFactory">Makes the runner for a target; null: local, ssh, or ssh with failover.</param>
/// <param name="AuditLog">The audit log; null: JSON lines at <see cref="AuditLogPath.Default"/>.</param>
public sealed record ActionVerbContext(Func<ClusterTarget, ICommandRunner>? RunnerFactory = null, Func<IAuditLog>? AuditLog = null)
{
    public static readonly ActionVerbContext Real = new();

    public ICommandRunner OpenRunner(ClusterTarget target) =>
        RunnerFactory is { } factory ? factory(target) : ClusterRunners.Create(target);

    public IAuditLog OpenAuditLog() => AuditLog is { } factory ? factory() : new JsonLinesAuditLog(AuditLogPath.Default());
}
