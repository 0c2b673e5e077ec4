using CrmTui.Tui.App;
using CrmTui.Tui.Presentation;
using CrmTui.Tui.Tests.Support;

namespace CrmTui.Tui.Tests.Views;

public sealed class SelectionTests
{
    [Fact]
    public void Selecting_a_promotable_instance_gives_its_resource_node_and_clone()
    {
        // Given the Resources view of a cluster with a promotable clone
        var h = ViewGoldenTests.Start(160, 48, Fixtures.Load("cts-cli-crm_mon")).Press("2", "G");

        // When the cursor is on the last row (the Unpromoted instance)
        var selected = Selection.Of(h.State, h.Context);

        // Then
        Assert.NotNull(selected);
        Assert.Equal((SelectedKind.Primitive, "promotable-rsc", "cluster01"), (selected.Kind, selected.ResourceId, selected.Node));
        Assert.Equal("promotable-clone", selected.Root!.Id);
    }

    [Fact]
    public void Selecting_a_clone_group_or_bundle_heading_gives_that_item()
    {
        var h = ViewGoldenTests.Start(160, 48, Fixtures.Load("cts-cli-crm_mon")).Press("2");

        var clone = Selection.Of(h.State, h.Context);
        h.Press("j", "j", "j", "j", "j");
        var bundle = Selection.Of(h.State, h.Context);
        h.Press("j");
        var replica = Selection.Of(h.State, h.Context);

        Assert.Equal((SelectedKind.Clone, "ping-clone", null), (clone!.Kind, clone.ResourceId, clone.Node));
        Assert.Equal((SelectedKind.Bundle, "httpd-bundle"), (bundle!.Kind, bundle.ResourceId));
        Assert.Equal((SelectedKind.Replica, "httpd-bundle", "cluster01"), (replica!.Kind, replica.ResourceId, replica.Node));
    }

    [Fact]
    public void In_the_nodes_view_the_selection_is_the_node_also_on_its_attribute_rows()
    {
        var h = ViewGoldenTests.Start(80, 24, Fixtures.Load("cts-cli-crm_mon")).Press("A", "j");

        var selected = Selection.Of(h.State, h.Context);

        Assert.Equal((SelectedKind.Node, "cluster01"), (selected!.Kind, selected.Node));
    }

    [Fact]
    public void A_failure_row_gives_the_failed_resource_and_node_and_a_heading_gives_nothing()
    {
        var h = ViewGoldenTests.Start(80, 24, Fixtures.Load("lab-after-node-loss")).Press("3");

        var failure = Selection.Of(h.State, h.Context);
        h.Press("j");
        var heading = Selection.Of(h.State, h.Context);

        Assert.Equal((SelectedKind.Failure, "dummy1", "node2"), (failure!.Kind, failure.ResourceId, failure.Node));
        Assert.Null(heading);
    }

    [Fact]
    public void Follow_keeps_the_selected_instance_when_rows_above_it_appear()
    {
        // Given the Unpromoted instance selected with follow on
        var snapshot = Fixtures.Load("cts-cli-crm_mon");
        var h = ViewGoldenTests.Start(160, 48, snapshot).Press("2", "G", "F");

        // When inactive resources appear above it
        h.Press("r");

        // Then
        var selected = Selection.Of(h.State, h.Context);
        Assert.Equal(("promotable-rsc", "cluster01"), (selected!.ResourceId, selected.Node));
    }
}
