using CrmTui.Commands.Execution;
using CrmTui.Commands.Tests.Support;

namespace CrmTui.Commands.Tests.Execution;

public sealed class ReadOnlyTests
{
    public static TheoryData<ClusterAction> EveryAction()
    {
        var data = new TheoryData<ClusterAction>();
        foreach (var action in ActionCatalog.Every("n1", "vip", "ticketA"))
            data.Add(action);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public async Task A_read_only_executor_runs_nothing_whatever_the_request(ClusterAction action)
    {
        // Given a read-only profile and a caller that confirmed and gave a snapshot
        var fixture = new ExecutorFixture(readOnly: true);
        var requests = new[]
        {
            new ActionRequest(Confirmed: true),
            new ActionRequest(Confirmed: true, Snapshot: SnapshotBuilder.TwoNodes().Build()),
            new ActionRequest(DryRun: true),
        };

        foreach (var request in requests)
        {
            // When the action is asked for
            var outcome = await fixture.Executor.RunAsync(action, request);

            // Then it is refused with the reason, and no command was built, run or logged
            Assert.Equal(OutcomeKind.RefusedReadOnly, outcome.Kind);
            Assert.Null(outcome.Command);
            Assert.Null(outcome.FormattedCommand);
            Assert.Contains("read-only profile", outcome.Summary);
        }
        Assert.Empty(fixture.Runner.Calls);
        Assert.Empty(fixture.Audit.Entries);
    }

    [Fact]
    public void Every_action_kind_is_covered_by_the_read_only_test()
    {
        // Every concrete action type in the assembly appears in ActionCatalog.Every, so the
        // read-only theory above cannot miss a new one.
        var covered = ActionCatalog.Every("n1", "vip", "t").Select(a => a.GetType()).ToHashSet();
        var all = typeof(ClusterAction).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ClusterAction)) && !t.IsAbstract);
        Assert.All(all, t => Assert.Contains(t, covered));
    }

    [Fact]
    public void The_catalog_disables_everything_with_the_read_only_reason()
    {
        var snapshot = SnapshotBuilder.TwoNodes().Failure("vip", "n1", "monitor", 10_000).Build();
        var choices = ActionCatalog.ForNode(snapshot, "n1", readOnly: true)
            .Concat(ActionCatalog.ForResource(snapshot, "state-clone", readOnly: true))
            .Concat(ActionCatalog.ForFailure(snapshot, snapshot.Failures[0], readOnly: true))
            .Concat(ActionCatalog.ForTicket(snapshot, "ticketA", readOnly: true))
            .Concat(ActionCatalog.ForCluster(snapshot, readOnly: true)).ToList();
        Assert.NotEmpty(choices);
        Assert.All(choices, c => Assert.Equal("read-only profile", c.DisabledReason));
    }
}
