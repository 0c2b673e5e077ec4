using System.Diagnostics;
using CrmTui.Transport;

namespace CrmTui.Demo.Simulation;

/// <summary>
/// The runner the demo dashboard gets: commands go to the simulated cluster's CIB file, through
/// the same argv the actions build for a real cluster. Each mutating command is followed by a
/// settle (<c>crm_simulate</c>), so the next <c>crm_mon</c> shows its effect. Two commands a
/// live cluster's daemons carry out are done here instead, on the file: cleanup/refresh (see
/// <see cref="OfflineCleanup"/>) and fencing (<c>crm_simulate --node-fail</c>; the node rejoins
/// after <see cref="ClusterSimulation.FenceRejoinDelay"/>). Changes scheduled on the timeline
/// are applied before each command, so nothing runs in the background.
/// </summary>
public sealed class SimulationRunner(ClusterSimulation simulation) : ICommandRunner
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ClusterSimulation Simulation { get; } = simulation ?? throw new ArgumentNullException(nameof(simulation));

    public string Target => "demo (simulated by crm_simulate)";

    public string Format(CommandLine command) => Simulation.Tools.Format(command);

    public async Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var clock = Stopwatch.StartNew();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Simulation.ApplyDueAsync(cancellationToken).ConfigureAwait(false);
            return await DispatchAsync(command, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (SimulationStepFailed e)
        {
            return new CommandResult(e.Result.ExitCode is 0 ? 1 : e.Result.ExitCode, "", e.Message, clock.Elapsed);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CommandResult> DispatchAsync(CommandLine command, Stopwatch clock, CancellationToken cancellationToken)
    {
        var argv = command.Argv;
        switch (command.Program)
        {
            case "crm_mon":
                return await Simulation.Tools.RunAsync(command, cancellationToken).ConfigureAwait(false);
            case "crm_resource" when ArgvReader.Has(argv, "--cleanup") || ArgvReader.Has(argv, "--refresh"):
                var removed = await Simulation.CleanupAsync(ArgvReader.Value(argv, "--resource"), ArgvReader.Value(argv, "--node"), cancellationToken).ConfigureAwait(false);
                await Simulation.StampChangeAsync(command.Program, cancellationToken).ConfigureAwait(false);
                return new CommandResult(0, $"demo: cleared {removed} failure record(s)\n", "", clock.Elapsed);
            case "crm_resource" when ArgvReader.Has(argv, "--restart"):
                return new CommandResult(1, "", "demo: crm_resource --restart waits on a live cluster's controller, which the simulation does not have; disable and enable the resource instead", clock.Elapsed);
            case "stonith_admin":
                return await FenceAsync(argv, clock, cancellationToken).ConfigureAwait(false);
            default:
                var before = await File.ReadAllTextAsync(Simulation.CibPath, cancellationToken).ConfigureAwait(false);
                var result = await Simulation.Tools.RunAsync(command, cancellationToken).ConfigureAwait(false);
                if (result.Succeeded)
                {
                    // Only a command that wrote the CIB is a change (a query is not).
                    var changed = await File.ReadAllTextAsync(Simulation.CibPath, cancellationToken).ConfigureAwait(false) != before;
                    await Simulation.SettleAsync(cancellationToken).ConfigureAwait(false);
                    if (changed)
                        await Simulation.StampChangeAsync(command.Program, cancellationToken).ConfigureAwait(false);
                }
                return result;
        }
    }

    private async Task<CommandResult> FenceAsync(System.Collections.Immutable.ImmutableArray<string> argv, Stopwatch clock, CancellationToken cancellationToken)
    {
        if (ArgvReader.Value(argv, "--confirm") is not null)
            return new CommandResult(0, "", "", clock.Elapsed);
        var node = ArgvReader.Value(argv, "--reboot") ?? ArgvReader.Value(argv, "--fence");
        if (node is null)
            return new CommandResult(1, "", "demo: only stonith_admin --reboot, --fence and --confirm are simulated", clock.Elapsed);
        await Simulation.ApplyAsync(new NodeFails(node, Simulation.FenceRejoinDelay), cancellationToken).ConfigureAwait(false);
        await Simulation.StampChangeAsync("stonith_admin", cancellationToken).ConfigureAwait(false);
        return new CommandResult(0, $"demo: {node} was fenced; it rejoins in {Simulation.FenceRejoinDelay.TotalSeconds:0} s\n", "", clock.Elapsed);
    }
}
