using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs.Actions;

namespace CrmTui.Cli.Tests.Actions;

public sealed class ReadOnlyVerbTests
{
    public static TheoryData<VerbCases.Case> Cases => VerbCases.Data();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Read_only_refuses_every_mutating_verb_and_runs_nothing(VerbCases.Case c)
    {
        foreach (var extra in new[] { Array.Empty<string>(), ["--yes"], ["--dry-run"], ["--yes", "--dry-run", "-o", "json"] })
        {
            // Given a cluster on which the action would be available
            var runner = ActionFixtures.Cluster(c.Xml);
            var audit = new MemoryAuditLog();

            // When the verb runs with --read-only
            var (exit, output, error) = await VerbRun.RunAsync(ActionFixtures.Root(_ => runner, audit), [.. c.Args, "--read-only", .. extra]);

            // Then it is refused, nothing at all reached the runner, and nothing was audited
            Assert.Equal(ActionExitCode.ReadOnly, exit);
            Assert.Empty(runner.Calls);
            Assert.Empty(audit.Entries);
            if (extra.Contains("json"))
                Assert.Contains("\"outcome\":\"refused_read_only\"", output);
            else
                Assert.Contains("refused, read-only profile", error);
        }
    }
}
