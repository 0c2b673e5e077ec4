using System.CommandLine;
using CrmTui.Cli.Diagnostics;
using CrmTui.Cli.Output;
using CrmTui.Core.Model;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// <c>crmtui status [--xml-file F | --cib-file F | --host H…] [--output text|json|xml] [--once | --watch]</c>.
/// Exit codes: <see cref="StatusExitCode"/>.
/// </summary>
public static class StatusVerb
{
    /// <summary>The shortest <c>--interval</c>: a poll loop faster than this only loads the cluster.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(500);

    /// <param name="runnerFactory">Makes the runner crm_mon runs through; null: the local process or ssh with failover.</param>
    /// <param name="time">Clock for <c>--watch</c>; null: the system clock.</param>
    /// <param name="prefetch">crm_mon started before parsing (<see cref="StatusPrefetch"/>); null: none.</param>
    public static Command Create(Func<StatusRequest, ICommandRunner>? runnerFactory = null, TimeProvider? time = null, StatusPrefetch? prefetch = null)
    {
        var source = new StatusSourceOptions();
        var output = new Option<string>("--output", "-o") { Description = "text (default), json or xml (the crm_mon XML as received)", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "json", "xml");
        var once = new Option<bool>("--once") { Description = "Print the status once and exit (the default)" };
        var watch = new Option<bool>("--watch") { Description = "Print the status again whenever it changes, until interrupted" };
        var interval = new Option<double>("--interval") { Description = "Seconds between polls with --watch (at least 0.5)", DefaultValueFactory = _ => 2 };

        interval.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is var seconds && (double.IsNaN(seconds) || seconds < MinimumInterval.TotalSeconds || seconds > 86400))
            {
                result.AddError($"--interval must be between {MinimumInterval.TotalSeconds} and 86400 seconds");
            }
        });
        var command = new Command("status", "Show the cluster status: every section crm_mon shows, as text, JSON or the raw XML");
        source.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(once);
        command.Options.Add(watch);
        command.Options.Add(interval);
        command.Validators.Add(result =>
        {
            if (result.GetValue(once) && result.GetValue(watch))
            {
                result.AddError("give --once or --watch, not both");
            }
        });

        var fetcher = new StatusFetcher(runnerFactory, prefetch);
        var clock = time ?? TimeProvider.System;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            StartupTrace.Mark("status action");
            var request = source.Read(parseResult);
            var format = parseResult.GetValue(output) ?? "text";
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            if (!parseResult.GetValue(watch))
            {
                var fetch = await fetcher.FetchAsync(request, cancellationToken).ConfigureAwait(false);
                if (!fetch.Succeeded)
                {
                    await stderr.WriteLineAsync(fetch.Error).ConfigureAwait(false);
                    return fetch.ExitCode;
                }

                var rendered = Render(fetch, format);
                StartupTrace.Mark("rendered");
                await stdout.WriteAsync(rendered).ConfigureAwait(false);
                StartupTrace.Mark("written");
                if (fetch.FailoverNote is { } note)
                    await stderr.WriteLineAsync(note).ConfigureAwait(false);
                return StatusExitCode.Ok;
            }

            return await WatchAsync(fetcher, request, format, TimeSpan.FromSeconds(parseResult.GetValue(interval)), clock, stdout, stderr, cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The chosen view of a successful fetch, ending with a newline.</summary>
    public static string Render(StatusFetch fetch, string format)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var snapshot = fetch.Snapshot ?? throw new ArgumentException("only a successful fetch renders", nameof(fetch));
        var text = format switch
        {
            "json" => JsonStatusView.Render(snapshot),
            "xml" => fetch.RawXml ?? "",
            _ => StatusTextView.Render(snapshot),
        };
        return text.EndsWith('\n') ? text : text + "\n";
    }

    // Polls until cancelled; prints when the view changed (ignoring last_update, which changes
    // on every poll), and prints an error only when it differs from the previous poll's.
    private static async Task<int> WatchAsync(
        StatusFetcher fetcher, StatusRequest request, string format, TimeSpan interval, TimeProvider clock,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? previous = null;
        string? previousNote = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            StatusFetch fetch;
            try
            {
                fetch = await fetcher.FetchAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var shown = fetch.Succeeded ? Render(fetch with { Snapshot = WithoutVolatile(fetch.Snapshot!) }, format == "xml" ? "json" : format) : "error: " + fetch.Error;
            if (shown != previous)
            {
                if (fetch.Succeeded)
                {
                    await stdout.WriteAsync(Render(fetch, format)).ConfigureAwait(false);
                    await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await stderr.WriteLineAsync(fetch.Error).ConfigureAwait(false);
                }

                previous = shown;
            }

            // Which host serves matters when it changes, not on every poll.
            if (fetch.FailoverNote is { } note && note != previousNote)
                await stderr.WriteLineAsync(note).ConfigureAwait(false);
            previousNote = fetch.FailoverNote ?? previousNote;

            try
            {
                await Task.Delay(interval, clock, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return StatusExitCode.Ok;
    }

    private static ClusterSnapshot WithoutVolatile(ClusterSnapshot snapshot) =>
        snapshot.Summary is { } summary ? snapshot with { Summary = summary with { LastUpdate = null } } : snapshot;
}
