using System.CommandLine;
using CrmTui.Cli.Tests.Actions;
using CrmTui.Cli.Verbs;

namespace CrmTui.Cli.Tests.Status;

/// <summary>
/// The verbs that only read (status, check, events) accept <c>--read-only</c> like every action
/// verb, and with it, as without it, send nothing but crm_mon to the cluster. Together with
/// <see cref="ReadOnlyVerbTests"/> this runs every verb of the CLI with <c>--read-only</c>
/// against a recording runner.
/// </summary>
public sealed class ReadOnlyReadVerbTests
{
    public static TheoryData<string> Verbs => new() { "status", "check", "events" };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task A_read_verb_with_read_only_runs_and_sends_only_crm_mon(string verb)
    {
        // Given a cluster whose crm_mon answers
        var runner = ActionFixtures.Cluster(ActionFixtures.Healthy, "ssh n1");
        Command command = verb switch
        {
            "status" => StatusVerb.Create(_ => runner),
            "check" => CheckVerb.Create(_ => runner),
            _ => EventsVerb.Create(_ => runner),
        };

        // When the verb runs with --read-only against a host
        var (exit, _, error) = await VerbRun.RunAsync(command, ["--host", "n1", "--read-only"]);

        // Then it ran as without the flag, and sent the cluster nothing but reads
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal("", error);
        Assert.NotEmpty(runner.Calls);
        Assert.All(runner.Calls, call => Assert.Equal("crm_mon", call.Program));
    }
}
