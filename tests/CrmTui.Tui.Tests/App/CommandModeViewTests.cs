using CrmTui.Tui.App;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.App;

// `:` reaches every view by its name, a k9s-style alias or a unique prefix, from any other view.
public sealed class CommandModeViewTests
{
    [Theory]
    [InlineData("nodes", ViewKind.Nodes)]
    [InlineData("no", ViewKind.Nodes)]
    [InlineData("resources", ViewKind.Resources)]
    [InlineData("rsc", ViewKind.Resources)]
    [InlineData("res", ViewKind.Resources)]
    [InlineData("failures", ViewKind.Failures)]
    [InlineData("failu", ViewKind.Failures)]
    [InlineData("events", ViewKind.Events)]
    [InlineData("ev", ViewKind.Events)]
    [InlineData("log", ViewKind.CommandLog)]
    public void Every_view_is_reachable_by_name(string name, ViewKind view)
    {
        // Given: a different view in front
        var h = TuiHarness.Start(snapshot: Clusters.ThreeNodes()).Press(view == ViewKind.CommandLog ? "1" : "5");

        // When
        h.Press(":").Type(name).Press("enter");

        // Then
        Assert.Equal(view, h.State.View);
        Assert.Null(h.State.Prompt);
    }
}
