using CrmTui.Core.Model;
using CrmTui.Core.Parsing;

namespace CrmTui.Core.Tests.Parsing;

public sealed class WriterTests
{
    [Fact]
    public void A_snapshot_built_by_hand_is_written_in_crm_mon_section_order()
    {
        var snapshot = new ClusterSnapshot
        {
            ApiVersion = "2.25",
            Status = new ResultStatus { Code = 0, Message = "OK" },
            Nodes = [new ClusterNode { Name = "n1", Id = "1", Online = true, TypeText = "member" }],
            Summary = new ClusterSummary { Stack = new ClusterStack { Type = "corosync" } },
        };

        var xml = CrmMonXmlWriter.Write(snapshot);
        var back = CrmMonXmlParser.Parse(xml);

        Assert.Equal(["summary", "nodes", "status"], back.Sections.Select(s => s.Name));
        Assert.True(back.Nodes.Single().Online);
        Assert.Equal(NodeType.Member, back.Nodes[0].Type);
        Assert.Equal("corosync", back.Summary!.Stack!.Type);
    }

    [Fact]
    public void Extra_text_wins_over_the_typed_value_of_the_same_attribute()
    {
        var snapshot = new ClusterSnapshot
        {
            Nodes = [new ClusterNode { Name = "n1", Online = true, Extra = Attributes.Empty.Add("online", "yes") }],
        };

        var xml = CrmMonXmlWriter.Write(snapshot);

        Assert.Contains("online=\"yes\"", xml);
        Assert.DoesNotContain("online=\"true\"", xml);
    }

    [Fact]
    public void Prefixed_names_and_namespace_declarations_write_back_as_valid_xml()
    {
        var xml = "<pacemaker-result xmlns:x=\"urn:x\"><x:foo x:a=\"1\">t<bar/></x:foo><status code=\"0\" message=\"OK\" x:b=\"2\"/></pacemaker-result>";

        var written = CrmMonXmlWriter.Write(CrmMonXmlParser.Parse(xml));

        Assert.Null(Support.Infoset.FirstDifference(xml, written));
        Assert.Equal("2", CrmMonXmlParser.Parse(written).Status!.Extra["x:b"]);
    }

    [Fact]
    public void Text_and_attribute_values_are_escaped()
    {
        var snapshot = new ClusterSnapshot
        {
            Status = new ResultStatus { Message = "a \"quoted\" <message> & more\nline", Errors = ["<&>"] },
        };

        var back = CrmMonXmlParser.Parse(CrmMonXmlWriter.Write(snapshot));

        Assert.Equal("a \"quoted\" <message> & more\nline", back.Status!.Message);
        Assert.Equal(["<&>"], back.Status.Errors.AsEnumerable());
    }

    [Fact]
    public void A_hand_built_raw_element_with_an_impossible_name_is_refused()
    {
        var snapshot = new ClusterSnapshot
        {
            Sections = [new DocumentSection { Name = "bad name", Raw = new RawElement { Name = "bad name" } }],
        };

        Assert.Throws<System.Xml.XmlException>(() => CrmMonXmlWriter.Write(snapshot));
    }
}
