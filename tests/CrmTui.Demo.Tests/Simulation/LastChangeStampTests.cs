using System.Xml.Linq;
using CrmTui.Demo.Simulation;

namespace CrmTui.Demo.Tests.Simulation;

public sealed class LastChangeStampTests
{
    [Fact]
    public void The_time_is_ctime_in_UTC_with_the_day_space_padded_as_Pacemaker_writes_it()
    {
        var stamped = XDocument.Parse(LastChangeStamp.Apply("<cib/>", new DateTimeOffset(2026, 12, 4, 18, 5, 9, TimeSpan.FromHours(1)), "u", "c", "n")).Root!;

        Assert.Equal("Fri Dec  4 17:05:09 2026", (string?)stamped.Attribute("cib-last-written"));
    }

    [Fact]
    public void Apply_writes_the_four_root_attributes_and_keeps_the_rest()
    {
        const string cib = "<cib epoch=\"3\" update-user=\"old\"><configuration/><status/></cib>";

        var stamped = XDocument.Parse(LastChangeStamp.Apply(cib, new DateTimeOffset(2026, 12, 4, 17, 5, 9, TimeSpan.Zero), "alice", "crm_attribute", "node1")).Root!;

        Assert.Equal("Fri Dec  4 17:05:09 2026", (string?)stamped.Attribute("cib-last-written"));
        Assert.Equal("alice", (string?)stamped.Attribute("update-user"));
        Assert.Equal("crm_attribute", (string?)stamped.Attribute("update-client"));
        Assert.Equal("node1", (string?)stamped.Attribute("update-origin"));
        Assert.Equal("3", (string?)stamped.Attribute("epoch"));
        Assert.NotNull(stamped.Element("configuration"));
    }
}
