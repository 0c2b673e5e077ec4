using System.Collections.Immutable;
using CrmTui.Core.Recording;
using CrmTui.Transport;

namespace CrmTui.Commands.Incident;

/// <summary>
/// Runs every part of a snapshot bundle through one runner (the serving host) and returns the
/// bundle. Never throws for a part: a non-zero exit or a command that could not be run is
/// recorded as that part's failure, and the next part runs anyway.
/// </summary>
public static class IncidentCollector
{
    public static async Task<IncidentBundle> CollectAsync(ICommandRunner runner, CommandLine crmMon, string source, string crmtuiVersion,
        TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(time);
        var at = time.GetUtcNow();
        var parts = ImmutableArray.CreateBuilder<IncidentPart>();
        foreach (var (name, file, command) in IncidentCommands.For(crmMon))
            parts.Add(await RunAsync(runner, name, file, command, cancellationToken).ConfigureAwait(false));
        return new IncidentBundle(at, runner.Target, source, crmtuiVersion, parts.ToImmutable());
    }

    private static async Task<IncidentPart> RunAsync(ICommandRunner runner, string name, string file, CommandLine command, CancellationToken cancellationToken)
    {
        var text = runner.Format(command);
        try
        {
            var result = await runner.RunAsync(command, cancellationToken).ConfigureAwait(false);
            var failure = result.ExitCode == 0 ? null
                : $"exit code {result.ExitCode}" + (LastLine(result.Stderr) is { } line ? $": {line}" : "");
            return new IncidentPart(name, file, text, result.ExitCode, result.Stdout, result.Stderr, failure);
        }
        catch (TransportException e)
        {
            return new IncidentPart(name, file, text, null, "", "", $"not run: {e.Message}");
        }
    }

    private static string? LastLine(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
