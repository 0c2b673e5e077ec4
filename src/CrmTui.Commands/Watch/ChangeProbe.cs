using CrmTui.Transport;

namespace CrmTui.Commands.Watch;

/// <summary>
/// Runs one cheap probe command and reduces what it said to a token: equal tokens mean "nothing
/// changed". A failure is a token too ("unreachable: …"), so a host that stops answering, or comes
/// back, also triggers a full fetch, which then reports it.
/// </summary>
public static class ChangeProbe
{
    public static async Task<string> CibVersionAsync(ICommandRunner runner, WatchOptions options, CancellationToken cancellationToken)
    {
        var result = await RunAsync(runner, WatchCommands.CibVersion(options), cancellationToken).ConfigureAwait(false);
        if (result.Token is { } failed)
            return failed;
        return CibVersion.TryParse(result.Output!) is { } version ? "cib " + version : "unreadable cib root";
    }

    public static async Task<string> FenceHistoryAsync(ICommandRunner runner, WatchOptions options, CancellationToken cancellationToken)
    {
        var result = await RunAsync(runner, WatchCommands.FenceHistory(options), cancellationToken).ConfigureAwait(false);
        return result.Token ?? "fence " + result.Output;
    }

    private static async Task<(string? Token, string? Output)> RunAsync(ICommandRunner runner, CommandLine command, CancellationToken cancellationToken)
    {
        try
        {
            var result = await runner.RunAsync(command, cancellationToken).ConfigureAwait(false);
            return result.ExitCode == 0 ? (null, result.Stdout) : ($"exit {result.ExitCode}", null);
        }
        catch (TransportException e)
        {
            return ($"unreachable: {e.Failure}", null);
        }
    }
}
