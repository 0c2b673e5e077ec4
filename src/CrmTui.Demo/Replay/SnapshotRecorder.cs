using System.Collections.Immutable;
using CrmTui.Commands;
using CrmTui.Demo.Simulation;
using CrmTui.Transport;

namespace CrmTui.Demo.Replay;

/// <summary>
/// Records the snapshots the replay ships: runs the simulation through a short story and saves
/// crm_mon's XML after each chapter. Regenerate with <c>crmtui demo --record-snapshots
/// src/CrmTui.Demo/Recorded</c> where the tools are installed.
/// </summary>
public static class SnapshotRecorder
{
    /// <returns>The files written.</returns>
    public static async Task<ImmutableArray<string>> RecordAsync(string outputDirectory, ICommandRunner local, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(outputDirectory);
        var work = System.IO.Directory.CreateTempSubdirectory("crmtui-demo-record-").FullName;
        var written = ImmutableArray.CreateBuilder<string>();
        try
        {
            var simulation = new ClusterSimulation(local, Path.Combine(work, "cib.xml"), TimeProvider.System);
            var runner = new SimulationRunner(simulation);
            await simulation.BootstrapAsync(cancellationToken).ConfigureAwait(false);
            await SaveAsync("01-start").ConfigureAwait(false);
            await RunAsync(Argv.For("crm_attribute").Option("--node", "node2").Option("--name", "standby").Option("--update", "on").Build()).ConfigureAwait(false);
            await SaveAsync("02-node2-standby").ConfigureAwait(false);
            await RunAsync(Argv.For("crm_attribute").Option("--node", "node2").Option("--name", "standby").Flag("--delete").Build()).ConfigureAwait(false);
            await RunAsync(Argv.For("crm_resource").Flag("--cleanup").Option("--resource", "web-server").Build()).ConfigureAwait(false);
            await SaveAsync("03-cleaned-up").ConfigureAwait(false);
            await RunAsync(Argv.For("stonith_admin").Option("--reboot", "node3").Build()).ConfigureAwait(false);
            await SaveAsync("04-node3-fenced").ConfigureAwait(false);
            return written.ToImmutable();

            async Task RunAsync(CommandLine command)
            {
                var result = await runner.RunAsync(command, cancellationToken).ConfigureAwait(false);
                if (!result.Succeeded)
                    throw new SimulationStepFailed(string.Join(' ', command.Argv), result);
            }

            async Task SaveAsync(string name)
            {
                var mon = await runner.RunAsync(CrmTui.Commands.Status.ClusterStatusQuery.BuildCommand(CrmTui.Commands.Status.StatusQueryOptions.Default), cancellationToken).ConfigureAwait(false);
                if (!mon.Succeeded)
                    throw new SimulationStepFailed("crm_mon", mon);
                var file = Path.Combine(outputDirectory, name + ".xml");
                await File.WriteAllTextAsync(file, mon.Stdout, cancellationToken).ConfigureAwait(false);
                written.Add(file);
            }
        }
        finally
        {
            System.IO.Directory.Delete(work, recursive: true);
        }
    }
}
