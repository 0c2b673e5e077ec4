using CrmTui.Commands.Actions.Nodes;
using CrmTui.Commands.Actions.Resources;
using CrmTui.Commands.Actions.Tickets;

namespace CrmTui.Commands.Tests.Actions;

public sealed class InvalidRequestTests
{
    [Theory]
    [InlineData("PT10M")]
    [InlineData("P1D")]
    [InlineData("P1W")]
    [InlineData("PT1H30M")]
    [InlineData("P1Y2M3DT4H5M6S")]
    public void A_valid_ISO_8601_lifetime_is_accepted(string lifetime)
    {
        Assert.Null(IsoDuration.Problem(lifetime));
        Assert.Null(new MoveResource("vip", "n2", lifetime).InvalidReason);
    }

    [Theory]
    [InlineData("10M")]
    [InlineData("p1d")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("PT1.5S")]
    [InlineData("PT-5M")]
    [InlineData("")]
    [InlineData("PT10M; reboot")]
    public void A_malformed_lifetime_is_refused_with_examples(string lifetime)
    {
        var reason = new MoveResource("vip", "n2", lifetime).InvalidReason;
        Assert.Equal($"lifetime \"{lifetime}\" is not an ISO 8601 duration such as PT10M, PT2H, P1D or P1W", reason);
    }

    [Theory]
    [InlineData("P0D")]
    [InlineData("PT0S")]
    [InlineData("PT00M")]
    public void A_zero_lifetime_is_refused_because_it_would_expire_at_once(string lifetime)
    {
        Assert.Equal($"lifetime \"{lifetime}\" is zero; the constraint would expire at once", IsoDuration.Problem(lifetime));
    }

    [Fact]
    public void Empty_and_control_character_names_are_refused()
    {
        Assert.Equal("node name is empty", new StandbyNode("").InvalidReason);
        Assert.Equal("resource name is empty", new RestartResource("  ").InvalidReason);
        Assert.Equal("ticket name \"a b\" contains control characters", new GrantTicket("a\nb").InvalidReason);
        Assert.Equal("node name \" n1\" has leading or trailing spaces", new FenceNode(" n1").InvalidReason);
    }

    [Fact]
    public void An_invalid_action_builds_no_command()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new BanResource("vip", "n1", "soon").BuildCommand());
        Assert.Contains("\"soon\" is not an ISO 8601 duration", error.Message);
    }

    [Fact]
    public void A_failure_cleanup_needs_an_operation_and_a_non_negative_interval()
    {
        Assert.Equal("operation name is empty", new CleanupFailure("vip", "n1", "", 0).InvalidReason);
        Assert.Equal("interval cannot be negative", new CleanupFailure("vip", "n1", "monitor", -1).InvalidReason);
    }
}
