using System.Collections.Immutable;
using CrmTui.Core.Constraints;
using CrmTui.Transport;

namespace CrmTui.Commands.Constraints;

/// <summary>
/// Reads the location constraints (<c>cibadmin --query --scope constraints</c>: read-only, one small
/// document) through a runner, for the leftover <c>cli-prefer-…</c> constraints that crm_mon's XML
/// does not list (it shows only negative scores, as bans). The dashboard asks only while its bans
/// section is open and on the safety refresh, never on every update.
/// </summary>
public sealed class ConstraintsQuery(ICommandRunner runner)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static CommandLine Command { get; } =
        Argv.For("cibadmin").Flag("--query").Option("--scope", "constraints").Timeout(Timeout).Build();

    /// <summary>The constraints, or why not (every ending is a result, cancellation aside).</summary>
    public async Task<ConstraintsResult> QueryAsync(CancellationToken cancellationToken = default)
    {
        CommandResult result;
        try
        {
            result = await runner.RunAsync(Command, cancellationToken).ConfigureAwait(false);
        }
        catch (TransportException e)
        {
            return ConstraintsResult.Failed(e.Message);
        }
        if (!result.Succeeded)
        {
            var why = result.Stderr.Trim() is { Length: > 0 } stderr ? stderr : $"exit {result.ExitCode}";
            return ConstraintsResult.Failed($"cibadmin --query --scope constraints: {why}");
        }
        try
        {
            return new ConstraintsResult(ConstraintsXmlParser.Parse(result.Stdout), null);
        }
        catch (FormatException e)
        {
            return ConstraintsResult.Failed(e.Message);
        }
    }
}
