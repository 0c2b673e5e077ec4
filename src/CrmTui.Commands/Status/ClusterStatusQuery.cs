using System.Diagnostics;
using CrmTui.Core.Model;
using CrmTui.Core.Parsing;
using CrmTui.Transport;

namespace CrmTui.Commands.Status;

/// <summary>
/// Asks Pacemaker for the cluster status (<c>crm_mon --output-as=xml</c>) through a runner and
/// parses it. Every ending is a <see cref="StatusResult"/>, never an exception (cancellation
/// aside), so this doubles as the "does Pacemaker answer here" probe for failover.
/// <c>--inactive</c> is not passed: the XML output lists stopped resources without it.
/// </summary>
public sealed class ClusterStatusQuery
{
    private readonly ICommandRunner _runner;

    public ClusterStatusQuery(ICommandRunner runner, StatusQueryOptions? options = null)
    {
        _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        Options = options ?? StatusQueryOptions.Default;
        if (Options.FenceHistory is < 0 or > 3)
            throw new ArgumentOutOfRangeException(nameof(options), "fence history level must be 0 to 3");
        Command = BuildCommand(Options);
    }

    public StatusQueryOptions Options { get; }

    /// <summary>The crm_mon command every query runs.</summary>
    public CommandLine Command { get; }

    public string Host => _runner.Target;

    public static CommandLine BuildCommand(StatusQueryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var argv = Argv.For("crm_mon").Flag("--output-as=xml");
        if (options.FenceHistory is { } level)
            argv = argv.Option("--fence-history", level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // A status poll: run again and again, so a runner may keep a session for it.
        return argv.Timeout(options.Timeout ?? StatusQueryOptions.DefaultTimeout).Build() with { Repeats = true };
    }

    public async Task<StatusResult> QueryAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        CommandResult result;
        try
        {
            result = await _runner.RunAsync(Command, cancellationToken).ConfigureAwait(false);
        }
        catch (TransportException e)
        {
            return new StatusResult(StatusKind.Unreachable, null, e.Message, e.Target, clock.Elapsed,
                TransportFailure: e.Failure);
        }
        return Interpret(result, _runner.Target);
    }

    /// <summary>Turns what crm_mon returned into a result; public for callers that ran it themselves.</summary>
    public static StatusResult Interpret(CommandResult result, string host)
    {
        ArgumentNullException.ThrowIfNull(result);
        ClusterSnapshot snapshot;
        try
        {
            snapshot = CrmMonXmlParser.Parse(result.Stdout);
        }
        catch (CrmMonFormatException e)
        {
            // A non-zero exit with no XML is crm_mon failing outright; its stderr says why.
            var kind = result.ExitCode == 0 ? StatusKind.Malformed : StatusKind.Refused;
            var why = result.ExitCode == 0 || string.IsNullOrWhiteSpace(result.Stderr)
                ? $"crm_mon output unreadable: {e.Message}"
                : FirstLine(result.Stderr);
            return new StatusResult(kind, null, $"{why} (exit {result.ExitCode})", host, result.Duration, result.ExitCode);
        }

        if (snapshot.IsRefusal || result.ExitCode != 0)
        {
            var why = snapshot.ErrorMessage ?? FirstLine(result.Stderr);
            if (string.IsNullOrWhiteSpace(why))
                why = "crm_mon failed";
            return new StatusResult(StatusKind.Refused, null, $"Pacemaker did not answer on {host}: {why} (exit {result.ExitCode})",
                host, result.Duration, result.ExitCode);
        }
        return new StatusResult(StatusKind.Ok, snapshot, null, host, result.Duration, result.ExitCode);
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
