using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Commands.Tests.Support;

namespace CrmTui.Commands.Tests.Actions;

public sealed class CatalogTests
{
    [Fact]
    public void A_nodes_menu_shows_what_applies_and_why_the_rest_does_not()
    {
        var snapshot = new SnapshotBuilder().Node("n1", standby: true).Primitive("vip", "n1").Build();

        var choices = ActionCatalog.ForNode(snapshot, "n1");

        Assert.Equal("n1 is already in standby", choices.Single(c => c.Action == new StandbyNode("n1")).DisabledReason);
        Assert.True(choices.Single(c => c.Action == new UnstandbyNode("n1")).Available);
        Assert.Equal("cluster has no fence device", choices.Single(c => c.Action == new FenceNode("n1")).DisabledReason);
        Assert.All(choices, c => Assert.Equal(ActionScope.Node, c.Action.Scope));
    }

    [Fact]
    public void Promoted_role_moves_appear_only_for_promotable_resources()
    {
        var snapshot = SnapshotBuilder.TwoNodes().Build();

        Assert.Contains(ActionCatalog.ForResource(snapshot, "state-clone"), c => c.Action is MoveResource { Promoted: true });
        Assert.DoesNotContain(ActionCatalog.ForResource(snapshot, "vip"), c => c.Action is MoveResource { Promoted: true });
    }

    [Fact]
    public void A_failures_menu_offers_cleanup_of_that_operation_first()
    {
        var snapshot = SnapshotBuilder.TwoNodes().Failure("vip", "n1", "monitor", 10_000).Build();

        var choices = ActionCatalog.ForFailure(snapshot, snapshot.Failures[0]);

        Assert.Equal(new CleanupFailure("vip", "n1", "monitor", 10_000), choices[0].Action);
        Assert.All(choices, c => Assert.True(c.Available));
    }

    [Fact]
    public void Every_action_has_a_key_a_target_and_a_one_line_description()
    {
        foreach (var action in ActionCatalog.Every("n1", "vip", "t1"))
        {
            Assert.Matches("^[a-z]+\\.[a-z-]+$", action.Key);
            Assert.False(string.IsNullOrWhiteSpace(action.Target));
            Assert.DoesNotContain('\n', action.Description);
            Assert.NotEmpty(action.BuildCommand().Argv.ToArray());
        }
    }

    [Fact]
    public void Fencing_confirming_and_tickets_are_the_destructive_actions()
    {
        var destructive = ActionCatalog.Every("n1", "vip", "t1").Where(a => a.Danger == Danger.Destructive)
            .Select(a => a.Key).Distinct().Order().ToArray();
        Assert.Equal(["node.confirm-fenced", "node.fence", "node.fence-off", "ticket.grant", "ticket.revoke"], destructive);
    }
}
