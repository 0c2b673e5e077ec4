using System.Collections.Immutable;
using CrmTui.Core.Model;
using CrmTui.Core.Parsing;
using CrmTui.Core.Tests.Support;

namespace CrmTui.Core.Tests.Parsing;

/// <summary>Unknown elements, attributes and values parse and are kept, typed where possible.</summary>
public sealed class ForwardCompatibilityTests
{
    private readonly ClusterSnapshot _snapshot = CrmMonXmlParser.Parse(Corpus.Fixture("unknown-elements.xml"));

    private static ImmutableSortedDictionary<string, string> Map(params (string Key, string Value)[] pairs) =>
        Attributes.Empty.AddRange(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)));

    [Fact]
    public void Unknown_top_level_elements_are_kept_raw_in_document_order()
    {
        var raw = Assert.Single(_snapshot.Unknown);
        ModelAssert.Equal(new RawElement { Name = "crm-mon-disconnected", Attributes = Map(("description", "pretend"), ("pacemakerd-state", "remote")) }, raw);
        Assert.Equal("crm-mon-disconnected", _snapshot.Sections[0].Name);
        ModelAssert.Equal(Map(("future-flag", "on")), _snapshot.Extra);
        Assert.Equal("9.1", _snapshot.ApiVersion);
    }

    [Fact]
    public void Unknown_attributes_land_in_extra_and_known_ones_stay_typed()
    {
        var summary = _snapshot.Summary!;
        ModelAssert.Equal(Map(("mode", "new")), summary.Extra);
        ModelAssert.Equal(new ClusterStack { Type = "corosync", Extra = Map(("ring", "knet")) }, summary.Stack);
        var options = summary.Options!;
        Assert.True(options.StonithEnabled);
        ModelAssert.Equal(Map(("fencing-enabled", "true"), ("fencing-timeout-ms", "60000"), ("stonith-timeout-ms", "+60000")), options.Extra);
        ModelAssert.Equal(
            new RawElement { Name = "quorum_device", Attributes = Map(("model", "net"), ("state", "connected")) },
            Assert.Single(summary.Unknown));
    }

    [Fact]
    public void Non_canonical_values_read_leniently_and_keep_their_text()
    {
        var dc = _snapshot.Summary!.CurrentDc!;
        Assert.True(dc.Present);
        ModelAssert.Equal(Map(("pacemakerd-state", "running"), ("present", "yes")), dc.Extra);

        var node = _snapshot.Nodes.Single();
        Assert.Equal(0, node.ResourcesRunning);
        Assert.Equal(NodeType.Unknown, node.Type);
        Assert.Equal("witness", node.TypeText);
        ModelAssert.Equal(Map(("location", "rack 4"), ("resources_running", "007")), node.Extra);
        // Children of a node are resource items (group-by-node output), so an unknown one stays there, in order.
        var child = Assert.IsType<UnknownResourceItem>(Assert.Single(node.Resources));
        ModelAssert.Equal(new RawElement { Name = "uptime", Attributes = Map(("seconds", "10")), Text = "long enough" }, child.Element);
    }

    [Fact]
    public void Unknown_resource_items_and_children_stay_in_place()
    {
        var primitive = Assert.IsType<PrimitiveResource>(_snapshot.Resources[0]);
        Assert.Equal(ResourceRole.Unknown, primitive.Role);
        Assert.Equal("Reloading", primitive.RoleText);
        Assert.Equal(false, primitive.Maintenance);
        Assert.Equal("a dummy", primitive.Description);
        ModelAssert.Equal(Map(("removed", "false")), primitive.Extra);
        ModelAssert.Equal(Map(("weight", "5")), primitive.Nodes.Single().Extra);
        ModelAssert.Equal(new RawElement { Name = "xml", Text = "<primitive id=\"r1\"/>" }, Assert.Single(primitive.Unknown));

        var unknown = Assert.IsType<UnknownResourceItem>(_snapshot.Resources[1]);
        Assert.Equal("template", unknown.Kind);
        Assert.Equal("tpl", unknown.Id);
        Assert.Equal("part", unknown.Element.Children.Single().Name);
        Assert.IsType<GroupResource>(_snapshot.Resources[2]);
        Assert.Single(_snapshot.AllPrimitives());
    }

    [Fact]
    public void Odd_failures_tickets_and_status_still_read()
    {
        var failure = _snapshot.Failures.Single();
        Assert.Equal(-1, failure.Call);
        Assert.Equal(1000, failure.Exec!.Value.Milliseconds);
        Assert.Null(failure.LastRcChange);
        Assert.Null(failure.Queued);

        ModelAssert.Equal(new Ticket { Id = "t1", Extra = Map(("owner", "site-a")) }, _snapshot.Tickets.Single());
        Assert.False(_snapshot.Tickets[0].Granted);

        Assert.True(_snapshot.HasErrors);
        Assert.False(_snapshot.IsRefusal);
        Assert.Equal(["first", "second"], _snapshot.Status!.Errors.AsEnumerable());
        Assert.Equal(103, _snapshot.Status.Code);
        Assert.Equal("first; second", _snapshot.ErrorMessage);
    }

    [Fact]
    public void A_disconnected_notice_without_a_summary_is_a_refusal()
    {
        var snapshot = CrmMonXmlParser.Parse(
            "<pacemaker-result api-version=\"2.42\"><crm-mon-disconnected description=\"Pacemaker daemons are starting\" pacemakerd-state=\"starting_daemons\"/><status code=\"0\" message=\"OK\"/></pacemaker-result>");

        Assert.False(snapshot.HasErrors);
        Assert.True(snapshot.IsRefusal);
        Assert.Equal("crm_mon is disconnected from the cluster: Pacemaker daemons are starting (pacemakerd starting_daemons)", snapshot.ErrorMessage);
    }

    [Fact]
    public void A_status_code_without_errors_is_still_an_error()
    {
        var snapshot = CrmMonXmlParser.Parse("<pacemaker-result><status code=\"102\" message=\"Not connected\"/></pacemaker-result>");

        Assert.True(snapshot.IsRefusal);
        Assert.Equal("crm_mon status 102: Not connected", snapshot.ErrorMessage);
    }
}
