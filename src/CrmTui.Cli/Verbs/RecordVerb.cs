using System.CommandLine;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Core.Recording;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// <c>crmtui record FILE [source options]</c>: watches the cluster and stores every distinct
/// snapshot in FILE (docs/record-replay.md) until interrupted; <c>crmtui replay FILE</c> shows
/// it. FILE is created, never overwritten; each record reaches the file as it is taken, so a
/// recorder that is killed leaves a readable recording. Exit codes: <see cref="RecordExitCode"/>.
/// </summary>
public static class RecordVerb
{
    /// <param name="runnerFactory">Makes the runner crm_mon runs through; null: the local process or ssh with failover.</param>
    /// <param name="time">Clock for record times; null: the system clock.</param>
    public static Command Create(Func<StatusRequest, ICommandRunner>? runnerFactory = null, TimeProvider? time = null)
    {
        var verb = new ClusterFileCommand("record",
            "Record every distinct cluster snapshot into FILE until interrupted (Ctrl-C); replay it with 'crmtui replay FILE'",
            "The recording to create (gzip-compressed JSON lines; an existing file is never overwritten)",
            "record watches a live cluster: a saved --xml-file never changes", runnerFactory, time);
        var (command, file, source, factory, clock) = (verb.Command, verb.File, verb.Source, verb.Runners, verb.Clock);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            var request = source.Read(parseResult);
            if (await RecordingFile.CreateAsync(path, new RecordingHeader(RecordingFormat.Version, clock.GetUtcNow(), request.Describe()),
                    "crmtui record", error).ConfigureAwait(false) is not { } writer)
                return RecordExitCode.FileError;
            using (writer)
            using (var signals = new StopSignals(cancellationToken))
            {
                await error.WriteLineAsync($"crmtui record: recording {request.Describe()} to {path}; Ctrl-C stops").ConfigureAwait(false);
                var (stored, unchanged, lastError) = await Recorder.RunAsync(factory(request), StatusFetcher.CommandFor(request), writer,
                    output, error, clock, signals.Token).ConfigureAwait(false);
                await error.WriteLineAsync($"crmtui record: {stored} snapshot(s) recorded in {path} ({unchanged} unchanged fetch(es) not stored)").ConfigureAwait(false);
                if (stored > 0)
                    return RecordExitCode.Ok;
                await error.WriteLineAsync($"crmtui record: nothing recorded: {lastError ?? "no snapshot arrived before the stop"}").ConfigureAwait(false);
                return RecordExitCode.Unreachable;
            }
        });
        return command;
    }
}
