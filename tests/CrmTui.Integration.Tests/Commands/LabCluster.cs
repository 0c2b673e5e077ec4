using CrmTui.Commands;
using CrmTui.Commands.Audit;
using CrmTui.Commands.Execution;
using CrmTui.Commands.Status;
using CrmTui.Core.Model;
using CrmTui.Transport;
using Xunit.Abstractions;

namespace CrmTui.Integration.Tests.Commands;

/// <summary>
/// One transport into the lab with an executor (no confirmation needed, audit log in a temp
/// file) and a bounded poll of the next crm_mon XML, parsed with the project's parser.
/// </summary>
internal sealed class LabCluster : IAsyncDisposable
{
    private static readonly TimeSpan s_settleTimeout = TimeSpan.FromSeconds(60);
    private readonly IAsyncDisposable? _owned;
    private readonly ITestOutputHelper _output;
    private readonly string _auditDirectory;

    public LabCluster(Lab.SingleNodeLab lab, string transport, ITestOutputHelper output)
    {
        lab.EnsureUp();
        (Runner, _owned) = LabTransports.Open(lab, transport);
        _output = output;
        Node = lab.NodeName;
        _auditDirectory = Path.Combine(Path.GetTempPath(), "crmtui-it-audit-" + Guid.NewGuid().ToString("N"));
        AuditPath = Path.Combine(_auditDirectory, "audit.jsonl");
        Executor = new ActionExecutor(Runner, new ExecutorSettings(lab.ClusterName, Confirmation: ConfirmationPolicy.None),
            new JsonLinesAuditLog(AuditPath));
        Status = new ClusterStatusQuery(Runner, new StatusQueryOptions(Timeout: TimeSpan.FromSeconds(20)));
    }

    public ICommandRunner Runner { get; }

    public string Node { get; }

    public string AuditPath { get; }

    public ActionExecutor Executor { get; }

    public ClusterStatusQuery Status { get; }

    /// <summary>Runs the action (checked against the current snapshot) and asserts it succeeded.</summary>
    public async Task<ActionOutcome> RunAsync(ClusterAction action)
    {
        var before = await SnapshotAsync();
        var outcome = await Executor.RunAsync(action, new ActionRequest(Snapshot: before));
        _output.WriteLine($"[{Runner.Target}] {outcome.FormattedCommand ?? "(no command)"} -> {outcome.Summary}");
        Assert.True(outcome.Succeeded, outcome.Summary + "\n" + outcome.Stdout + outcome.Stderr);
        return outcome;
    }

    public async Task<ClusterSnapshot> SnapshotAsync()
    {
        var result = await Status.QueryAsync();
        Assert.True(result.Succeeded, result.Error);
        return result.Snapshot!;
    }

    /// <summary>Polls crm_mon until <paramref name="condition"/> holds; fails with
    /// <paramref name="what"/> after a bounded wait.</summary>
    public async Task<ClusterSnapshot> WaitForAsync(string what, Func<ClusterSnapshot, bool> condition)
    {
        var deadline = DateTime.UtcNow + s_settleTimeout;
        string last = "no answer";
        while (true)
        {
            var result = await Status.QueryAsync();
            if (result.Snapshot is { } snapshot)
            {
                if (condition(snapshot))
                    return snapshot;
                last = Describe(snapshot);
            }
            else
            {
                last = result.Error ?? result.Kind.ToString();
            }
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"[{Runner.Target}] {what}: still not true after {s_settleTimeout.TotalSeconds} s ({last})");
            await Task.Delay(250);
        }
    }

    // What a timed-out wait saw last: enough to tell which part of the condition failed.
    private static string Describe(ClusterSnapshot s)
    {
        var nodes = string.Join(", ", s.Nodes.Select(n => $"{n.Name} online={n.Online} standby={n.Standby} maintenance={n.Maintenance}"));
        var resources = string.Join(", ", s.AllPrimitives().Select(p => $"{p.Resource.Id}={p.Resource.RoleText}{(p.Resource.Managed ? "" : " unmanaged")}"));
        var failures = string.Join(", ", s.Failures.Select(f => $"{f.Key}@{f.Node} {f.ExitStatus}/{f.Status} ({f.ExitReason})"));
        var counts = string.Join(", ", s.NodeHistory.SelectMany(h => h.Resources).Where(r => r.FailCountValue > 0)
            .Select(r => $"{r.Id}={r.FailCountValue}"));
        return $"nodes [{nodes}]; resources [{resources}]; failures [{failures}]; fail counts [{counts}]; "
            + $"maintenance-mode={s.Summary?.Options?.MaintenanceMode}";
    }

    /// <summary>Waits until the cluster has no transition left to run (<see cref="Lab.ClusterIdle"/>):
    /// what a snapshot cannot tell apart from "about to move something".</summary>
    public Task WaitIdleAsync(string after) => Lab.ClusterIdle.WaitAsync(Runner, s_settleTimeout, after);

    /// <summary>Runs a raw command (setup and repair outside the action layer).</summary>
    public Task<CommandResult> RawAsync(params string[] argv) =>
        Runner.RunAsync(CommandLine.Of(argv).WithTimeout(TimeSpan.FromSeconds(60)));

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
            await _owned.DisposeAsync();
        try
        {
            Directory.Delete(_auditDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
