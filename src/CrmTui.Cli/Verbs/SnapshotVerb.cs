using System.CommandLine;
using System.Reflection;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Commands.Incident;
using CrmTui.Core.Recording;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// <c>crmtui snapshot FILE [source options]</c>: one incident bundle (docs/record-replay.md) — crm_mon
/// XML, CIB, fence history, corosync status, tool versions — from the serving host, as a tar.gz that
/// <c>crmtui replay FILE</c> opens and <c>tar xzf</c> unpacks. A part that fails is recorded as failed,
/// never fatal. Exit codes: <see cref="RecordExitCode"/>.
/// </summary>
public static class SnapshotVerb
{
    /// <param name="runnerFactory">Makes the runner the commands run through; null: the local process or ssh with failover.</param>
    /// <param name="time">Clock for the bundle's time; null: the system clock.</param>
    public static Command Create(Func<StatusRequest, ICommandRunner>? runnerFactory = null, TimeProvider? time = null)
    {
        var verb = new ClusterFileCommand("snapshot",
            "Save one incident bundle (crm_mon XML, CIB, fence history, corosync status, versions) to FILE; open it with 'crmtui replay FILE'",
            "The bundle to create (tar.gz; an existing file is never overwritten)",
            "snapshot asks the cluster: --xml-file is a saved status already", runnerFactory, time);
        var (command, file, source, factory, clock) = (verb.Command, verb.File, verb.Source, verb.Runners, verb.Clock);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            if (File.Exists(path) || System.IO.Directory.Exists(path))
            {
                await error.WriteLineAsync($"crmtui snapshot: {path} exists; a bundle is never overwritten: choose another name").ConfigureAwait(false);
                return RecordExitCode.FileError;
            }
            var request = source.Read(parseResult);
            var runner = factory(request);
            IncidentBundle bundle;
            try
            {
                bundle = await IncidentCollector.CollectAsync(runner, StatusFetcher.CommandFor(request), request.Describe(), Version(), clock, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (runner is IAsyncDisposable disposable)
                    await disposable.DisposeAsync().ConfigureAwait(false);
            }
            try
            {
                IncidentBundleFile.Write(path, bundle);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await error.WriteLineAsync($"crmtui snapshot: cannot write {path}: {e.Message}").ConfigureAwait(false);
                return RecordExitCode.FileError;
            }
            foreach (var part in bundle.Parts)
                await output.WriteLineAsync($"{(part.Succeeded ? "ok    " : "FAILED")}  {part.File,-24}  {part.Command}").ConfigureAwait(false);
            foreach (var failed in bundle.Failed)
                await error.WriteLineAsync($"crmtui snapshot: {failed.Name}: {failed.Failure}").ConfigureAwait(false);
            await error.WriteLineAsync($"crmtui snapshot: {path} written from {bundle.Host} ({bundle.Parts.Length - bundle.Failed.Count()} of {bundle.Parts.Length} parts)").ConfigureAwait(false);
            return bundle.Find(IncidentBundle.StatusPart) is { Succeeded: false } ? RecordExitCode.Unreachable
                : bundle.Failed.Any() ? RecordExitCode.PartsFailed
                : RecordExitCode.Ok;
        });
        return command;
    }

    private static string Version() =>
        typeof(SnapshotVerb).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
