using CrmTui.Commands.Status;
using CrmTui.Cli.Diagnostics;
using CrmTui.Cli.Verbs.Target;
using CrmTui.Core.Parsing;
using CrmTui.Transport;

namespace CrmTui.Cli.Verbs;

/// <summary>
/// Gets one status for a <see cref="StatusRequest"/>. Never throws for bad input or an
/// unreachable cluster: every ending is a <see cref="StatusFetch"/> with a one-line message.
/// </summary>
public sealed class StatusFetcher
{
    private readonly Func<StatusRequest, ICommandRunner> _runnerFactory;
    private readonly StatusPrefetch? _prefetch;

    /// <param name="runnerFactory">Makes the runner for crm_mon (local, or ssh with failover); null: the real ones.</param>
    /// <param name="prefetch">A crm_mon already started for this invocation; the first local fetch
    /// that needs exactly its command takes its result instead of starting another.</param>
    public StatusFetcher(Func<StatusRequest, ICommandRunner>? runnerFactory = null, StatusPrefetch? prefetch = null)
    {
        _runnerFactory = runnerFactory ?? (request => ClusterRunners.Create(request.Target, CommandFor(request)));
        _prefetch = prefetch;
    }

    public async Task<StatusFetch> FetchAsync(StatusRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.XmlFile is { } file
            ? await ReadFileAsync(file, cancellationToken).ConfigureAwait(false)
            : await RunCrmMonAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The crm_mon command for a request: <c>crm_mon --output-as=xml</c> with the request's
    /// timeout, and <c>CIB_file</c> when a CIB file is named (made absolute when local; passed as
    /// is to a remote host, where the ssh runner sends it with <c>env</c>).
    /// </summary>
    public static CommandLine CommandFor(StatusRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var command = ClusterStatusQuery.BuildCommand(new StatusQueryOptions(Timeout: request.Target.Timeout));
        return request.CibFile is not { } cib ? command
            : command.WithEnvironment("CIB_file", request.Target.IsLocal ? Path.GetFullPath(cib) : cib);
    }

    private static async Task<StatusFetch> ReadFileAsync(string file, CancellationToken cancellationToken)
    {
        string xml;
        try
        {
            xml = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new StatusFetch(null, null, $"cannot read {file}: {e.Message}", StatusExitCode.Unreadable, file);
        }

        try
        {
            var snapshot = CrmMonXmlParser.Parse(xml);
            return snapshot.IsRefusal
                ? new StatusFetch(null, xml, $"{file}: crm_mon reported an error: {snapshot.ErrorMessage}", StatusExitCode.Refused, file)
                : new StatusFetch(snapshot, xml, null, StatusExitCode.Ok, file);
        }
        catch (CrmMonFormatException e)
        {
            var where = e.ElementPath.Length > 0 ? $" (in {e.ElementPath})" : "";
            return new StatusFetch(null, xml, $"{file}:{e.Line}:{e.Column}: not valid crm_mon XML: {e.Reason}{where}", StatusExitCode.Malformed, file);
        }
    }

    private async Task<StatusFetch> RunCrmMonAsync(StatusRequest request, CancellationToken cancellationToken)
    {
        var source = request.Describe();

        // crm_mon's own message for a missing local CIB file is an XML error document; say it plainly instead.
        if (request.CibFile is { } cib && request.Target.IsLocal && !File.Exists(cib))
        {
            return new StatusFetch(null, null, $"cannot read {cib}: no such file", StatusExitCode.Unreadable, source);
        }

        var command = CommandFor(request);
        var runner = _runnerFactory(request);
        try
        {
            CommandResult result;
            try
            {
                StartupTrace.Mark("crm_mon starting");
                if (_prefetch is not null && _prefetch.TryTake(command, request.Target.IsLocal, out var started))
                {
                    using var stop = cancellationToken.Register(_prefetch.Cancel);
                    result = await started.ConfigureAwait(false);
                }
                else
                {
                    result = await runner.RunAsync(command, cancellationToken).ConfigureAwait(false);
                }
                StartupTrace.Mark("crm_mon done");
            }
            catch (TransportException e)
            {
                return new StatusFetch(null, null, $"cannot run crm_mon on {e.Target}: {e.Message}", StatusExitCode.Unreachable, source);
            }

            var status = ClusterStatusQuery.Interpret(result, runner.Target);
            StartupTrace.Mark("parsed crm_mon XML");
            var fetch = status.Kind switch
            {
                StatusKind.Ok => new StatusFetch(status.Snapshot, result.Stdout, null, StatusExitCode.Ok, runner.Target),
                StatusKind.Malformed => new StatusFetch(null, result.Stdout, status.Error, StatusExitCode.Malformed, runner.Target),
                StatusKind.Unreachable => new StatusFetch(null, null, status.Error, StatusExitCode.Unreachable, runner.Target),
                _ => new StatusFetch(null, result.Stdout, status.Error, StatusExitCode.Refused, runner.Target),
            };
            return fetch with { FailoverNote = ClusterRunners.FailoverNote(runner) };
        }
        finally
        {
            if (runner is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
