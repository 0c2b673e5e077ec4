using System.CommandLine;
using CrmTui.Commands.Audit;
using CrmTui.Commands.Execution;
using CrmTui.Demo;
using CrmTui.Demo.Replay;
using CrmTui.Demo.Simulation;
using CrmTui.Transport;
using CrmTui.Tui.App;
using CrmTui.Tui.Input;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// <c>crmtui demo</c>: the dashboard on the built-in demo cluster (docs/demo.md). A live
/// simulation where Pacemaker's CLI tools are on PATH, else a read-only replay of recorded
/// snapshots, said on stderr, in the dashboard's header and again on exit.
/// </summary>
public static class DemoVerb
{
    public const int Ok = 0;
    public const int Failed = 1;

    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public static Command Create(Func<string, string?> getEnvironmentVariable)
    {
        var scenario = new Option<string?>("--scenario")
        {
            Description = "Play scripted trouble: " + string.Join("; ", Scenarios.All.Select(s => $"{s.Name}: {s.Description}")),
        };
        scenario.AcceptOnlyFromAmong([.. Scenarios.All.Select(s => s.Name)]);
        var replay = new Option<bool>("--replay") { Description = "Replay the recorded snapshots (read-only) even where Pacemaker's tools are installed" };
        var record = new Option<string?>("--record-snapshots")
        {
            Description = "Record the replay's snapshots into DIR from the simulation, then exit (maintainers)",
            Hidden = true,
        };
        var command = new Command("demo", "Open the dashboard on a built-in demo cluster: no cluster and no configuration needed")
        {
            scenario, replay, record,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(record) is { } directory)
                return await RecordAsync(directory, output, error, cancellationToken).ConfigureAwait(false);

            var options = new DemoOptions(getEnvironmentVariable("PATH"), parseResult.GetValue(replay),
                parseResult.GetValue(scenario) is { } name ? Scenarios.Find(name) : null, new LocalProcessRunner(), TimeProvider.System);
            DemoSession session;
            try
            {
                session = await DemoSession.StartAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SimulationStepFailed or TransportException or IOException)
            {
                await error.WriteLineAsync($"crmtui demo: the simulation could not start: {e.Message}").ConfigureAwait(false);
                await error.WriteLineAsync("crmtui demo: `crmtui demo --replay` shows the recorded snapshots instead.").ConfigureAwait(false);
                return Failed;
            }
            using (session)
            {
                var notice = session.ReplayReason is { } why ? $"demo replay, read-only: {why}" : null;
                if (notice is not null)
                    await error.WriteLineAsync($"crmtui {notice}").ConfigureAwait(false);
                var audit = session.Directory is { } dir ? (IAuditLog)new JsonLinesAuditLog(Path.Combine(dir, "audit.jsonl")) : new NoAuditLog();
                var dashboard = new DashboardOptions(session.Runner, new ExecutorSettings(DemoTopology.ClusterName, ReadOnly: session.IsReplay),
                    audit, PollInterval, KeyMap.Default, ReadOnlyReason: notice);
                var code = await DashboardHost.RunAsync(dashboard, cancellationToken).ConfigureAwait(false);
                await error.WriteLineAsync(notice is null
                    ? "crmtui demo: the simulated cluster is gone (its files are removed); nothing real was touched."
                    : $"crmtui {notice}").ConfigureAwait(false);
                return code;
            }
        });
        return command;
    }

    private static async Task<int> RecordAsync(string directory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var file in await SnapshotRecorder.RecordAsync(directory, new LocalProcessRunner(), cancellationToken).ConfigureAwait(false))
                await output.WriteLineAsync(file).ConfigureAwait(false);
            return Ok;
        }
        catch (Exception e) when (e is SimulationStepFailed or TransportException or IOException)
        {
            await error.WriteLineAsync($"crmtui demo: recording failed: {e.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    /// <summary>The replay runs nothing, so it has nothing to audit.</summary>
    private sealed class NoAuditLog : IAuditLog
    {
        public void Append(AuditEntry entry)
        {
        }
    }
}
