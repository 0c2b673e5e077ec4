using System.CommandLine;

namespace CrmTui.Cli.Tests.Status;

/// <summary>Runs a verb in process and captures its exit code, stdout and stderr.</summary>
internal static class VerbRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(Command command, string[] args, CancellationToken cancellationToken = default)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await command.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
