using System.CommandLine;
using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs.Actions;

namespace CrmTui.Cli.Tests.Actions;

public sealed class ActionVerbArgvTests
{
    public static TheoryData<VerbCases.Case> Cases => VerbCases.Data();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_verb_checks_the_status_then_sends_exactly_its_argv(VerbCases.Case c)
    {
        // Given a cluster on which the action is available
        var runner = ActionFixtures.Cluster(c.Xml);
        var audit = new MemoryAuditLog();

        // When the verb runs
        var (exit, output, error) = await VerbRun.RunAsync(ActionFixtures.Root(_ => runner, audit), c.Args);

        // Then crm_mon was asked first, then the action's argv ran once, and it was audited
        Assert.True(exit == ActionExitCode.Done, $"exit {exit}: {error}");
        Assert.Equal(2, runner.Calls.Count);
        Assert.Equal("crm_mon", runner.Calls[0].Program);
        Assert.Equal(c.Argv, runner.Argvs[1]);
        Assert.EndsWith(": done\n", output);
        Assert.Equal("", error);
        Assert.Equal(c.Argv, Assert.Single(audit.Entries).Argv.ToArray());
    }

    [Fact]
    public void Every_leaf_verb_has_a_case()
    {
        var leaves = new[] { NodeVerb.Create(), ResourceVerb.Create(), ClusterVerb.Create(), TicketVerb.Create() }
            .SelectMany(group => group.Subcommands.Select(leaf => $"{group.Name} {leaf.Name}"))
            .ToList();
        var covered = VerbCases.All.Select(c => $"{c.Args[0]} {c.Args[1]}").ToHashSet();

        Assert.Equal(19, leaves.Count);
        Assert.DoesNotContain(leaves, leaf => !covered.Contains(leaf));
    }
}
