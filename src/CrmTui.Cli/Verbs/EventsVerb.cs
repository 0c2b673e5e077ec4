using System.CommandLine;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Core.Timeline;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// <c>crmtui events [source options] [--follow] [--output text|json] [--append FILE] | --log FILE</c>:
/// what happened on the cluster. Without <c>--follow</c> it prints what the cluster still records
/// (fence history, failed actions, each at its own time); with it, it then watches the cluster
/// (the same <see cref="CrmTui.Commands.Watch.ClusterWatcher"/> as the dashboard) and prints every
/// change as it happens, until interrupted. <c>--log</c> prints a JSON-lines event file written by
/// <c>--append</c> instead. Exit codes: <see cref="StatusExitCode"/>.
/// </summary>
public static class EventsVerb
{
    /// <param name="runnerFactory">Makes the runner crm_mon runs through; null: the local process or ssh with failover.</param>
    /// <param name="time">Clock for event times and ages; null: the system clock.</param>
    public static Command Create(Func<StatusRequest, ICommandRunner>? runnerFactory = null, TimeProvider? time = null)
    {
        var source = new StatusSourceOptions();
        var output = new Option<string>("--output", "-o") { Description = "text (default: time, age, event) or json (one JSON object per line)", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "json");
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep watching and print each change as it happens, until interrupted" };
        var append = new Option<string?>("--append") { Description = "Also append every event printed to FILE as JSON lines" };
        var log = new Option<string?>("--log") { Description = "Print the events in a JSON-lines FILE (written by --append) instead of asking the cluster" };

        var command = new Command("events", "What happened on the cluster: fence history and failures, then (with --follow) every change as it happens");
        source.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(follow);
        command.Options.Add(append);
        command.Options.Add(log);
        command.Validators.Add(result =>
        {
            if (result.GetValue(log) is not null && (result.GetValue(follow) || result.GetValue(source.XmlFile) is not null
                || result.GetValue(source.CibFile) is not null || source.Target.HasHosts(result)))
                result.AddError("--log reads a saved event file: do not combine it with --follow or a cluster source");
            if (result.GetValue(follow) && result.GetValue(source.XmlFile) is not null)
                result.AddError("--follow watches a live cluster: a saved --xml-file never changes");
        });

        var factory = runnerFactory ?? (request => ClusterRunners.Create(request.Target, StatusFetcher.CommandFor(request)));
        var clock = time ?? TimeProvider.System;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var printer = new EventPrinter(parseResult.InvocationConfiguration.Output, parseResult.GetValue(output) == "json",
                parseResult.GetValue(append), clock);
            var stderr = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(log) is { } file)
                return await PrintLogAsync(file, printer, stderr).ConfigureAwait(false);

            var request = source.Read(parseResult);
            var fetch = await new StatusFetcher(factory).FetchAsync(request, cancellationToken).ConfigureAwait(false);
            if (!fetch.Succeeded)
            {
                await stderr.WriteLineAsync(fetch.Error).ConfigureAwait(false);
                return fetch.ExitCode;
            }
            var cluster = fetch.Source;
            var remembered = SnapshotTimeline.Remembered(fetch.Snapshot!, clock.GetUtcNow()).Select(e => TimelineRecord.From(e, cluster)).ToList();
            await printer.PrintAsync(remembered, cancellationToken).ConfigureAwait(false);
            if (!parseResult.GetValue(follow))
                return StatusExitCode.Ok;
            return await EventFollower.RunAsync(factory(request), request, fetch.Snapshot!, cluster, printer, stderr, clock, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> PrintLogAsync(string file, EventPrinter printer, TextWriter stderr)
    {
        IReadOnlyList<TimelineRecord> records;
        int skipped;
        try
        {
            (records, skipped) = TimelineFile.Read(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"cannot read {file}: {e.Message}").ConfigureAwait(false);
            return StatusExitCode.Unreadable;
        }
        await printer.PrintAsync(records, CancellationToken.None).ConfigureAwait(false);
        if (skipped > 0)
            await stderr.WriteLineAsync($"{file}: {skipped} line(s) were not events and were skipped").ConfigureAwait(false);
        return StatusExitCode.Ok;
    }
}
