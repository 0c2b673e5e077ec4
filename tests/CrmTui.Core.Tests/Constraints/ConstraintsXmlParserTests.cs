using CrmTui.Core.Constraints;

namespace CrmTui.Core.Tests.Constraints;

public sealed class ConstraintsXmlParserTests
{
    [Fact]
    public void Simple_location_constraints_are_read_and_rule_based_ones_skipped()
    {
        const string xml = """
            <constraints>
              <rsc_location id="cli-prefer-dummy2" rsc="dummy2" role="Started" node="node1" score="INFINITY"/>
              <rsc_location id="cli-ban-dummy1-on-node2" rsc="dummy1" node="node2" score="-INFINITY"/>
              <rsc_location id="ping" rsc="web"><rule id="r" score="-INFINITY"/></rsc_location>
              <rsc_colocation id="c" rsc="a" with-rsc="b" score="INFINITY"/>
            </constraints>
            """;

        var constraints = ConstraintsXmlParser.Parse(xml);

        Assert.Equal(
            [
                new LocationConstraint("cli-prefer-dummy2", "dummy2", "node1", "INFINITY", "Started"),
                new LocationConstraint("cli-ban-dummy1-on-node2", "dummy1", "node2", "-INFINITY", null),
            ], constraints.ToArray());
        Assert.True(constraints[0].IsCliPrefer);
        Assert.False(constraints[0].IsCliBan);
        Assert.True(constraints[1].IsCliBan);
    }

    [Fact]
    public void An_empty_section_has_none() => Assert.Empty(ConstraintsXmlParser.Parse("<constraints/>"));

    [Fact]
    public void Text_that_is_not_xml_is_a_format_error() =>
        Assert.Throws<FormatException>(() => ConstraintsXmlParser.Parse("Call cib_query failed"));
}
