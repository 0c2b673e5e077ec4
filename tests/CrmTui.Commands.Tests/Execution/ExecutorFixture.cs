using CrmTui.Commands.Execution;
using CrmTui.Commands.Tests.Support;
using CrmTui.TestKit.Fakes;

namespace CrmTui.Commands.Tests.Execution;

/// <summary>An executor wired to a recording runner, an in-memory audit log and a fixed clock.</summary>
internal sealed class ExecutorFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 5, 0, 0, TimeSpan.Zero);

    public ExecutorFixture(bool readOnly = false, ConfirmationPolicy policy = ConfirmationPolicy.Destructive)
    {
        Executor = new ActionExecutor(Runner, new ExecutorSettings("prod", readOnly, policy), Audit,
            new FixedTime(Now), () => "alice");
    }

    public RecordingRunner Runner { get; } = new("ssh node1");

    public MemoryAuditLog Audit { get; } = new();

    public ActionExecutor Executor { get; }
}
