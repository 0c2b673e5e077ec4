using CrmTui.Core.Parsing;
using CrmTui.Core.Recording;

namespace CrmTui.Core.Tests.Recording;

public sealed class SnapshotChangeKeyTests
{
    [Fact]
    public void Snapshots_differing_only_in_query_times_have_the_same_key()
    {
        var xml = RecordingFiles.Fixture("fence-history.xml");
        var later = xml.Replace("last_updated=\"2026-03-07 14:00:00Z\"", "last_updated=\"2026-03-07 14:09:00Z\"");
        var lastUpdate = System.Text.RegularExpressions.Regex.Match(xml, "<last_update time=\"[^\"]*\"").Value;
        Assert.NotEqual("", lastUpdate);
        later = later.Replace(lastUpdate, "<last_update time=\"Sat Mar  7 15:00:00 2026\"");
        Assert.NotEqual(xml, later);

        Assert.Equal(SnapshotChangeKey.Of(CrmMonXmlParser.Parse(xml)), SnapshotChangeKey.Of(CrmMonXmlParser.Parse(later)));
    }

    [Fact]
    public void A_node_going_standby_changes_the_key()
    {
        var xml = RecordingFiles.Fixture("two-node-ok.xml");
        var snapshot = CrmMonXmlParser.Parse(xml);
        var standby = snapshot with { Nodes = [snapshot.Nodes[0] with { Standby = true }, .. snapshot.Nodes[1..]] };

        Assert.NotEqual(SnapshotChangeKey.Of(snapshot), SnapshotChangeKey.Of(standby));
    }
}

public sealed class DistinctSnapshotsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_changes_are_stored_and_repeats_counted()
    {
        // Given healthy, healthy again (crm_mon's clock moved), standby, standby, healthy
        var xml = RecordingFiles.Fixture("two-node-ok.xml");
        var healthy = CrmMonXmlParser.Parse(xml);
        var again = CrmMonXmlParser.Parse(System.Text.RegularExpressions.Regex.Replace(xml, "<last_update time=\"[^\"]*\"", "<last_update time=\"Tue Mar  3 10:00:00 2026\""));
        var standby = healthy with { Nodes = [healthy.Nodes[0] with { Standby = true }, .. healthy.Nodes[1..]] };
        var stored = new List<RecordedSnapshot>();
        var filter = new DistinctSnapshots(stored.Add);

        // When each is observed
        var results = new[] { healthy, again, standby, standby, healthy }
            .Select((s, i) => filter.Observe(s, T0.AddSeconds(i), "node1")).ToArray();

        // Then three are stored, two were repeats, and the stored XML is crm_mon's
        Assert.Equal([true, false, true, false, true], results);
        Assert.Equal((3, 2), (filter.Stored, filter.Unchanged));
        Assert.Equal([T0, T0.AddSeconds(2), T0.AddSeconds(4)], stored.Select(r => r.At).ToArray());
        Assert.Equal(xml, stored[0].Xml);
    }

    [Fact]
    public void A_refusal_is_not_stored_and_does_not_reset_the_comparison()
    {
        var healthy = CrmMonXmlParser.Parse(RecordingFiles.Fixture("two-node-ok.xml"));
        var refusal = CrmMonXmlParser.Parse(RecordingFiles.Fixture("refusal.xml"));
        Assert.True(refusal.IsRefusal);
        var stored = new List<RecordedSnapshot>();
        var filter = new DistinctSnapshots(stored.Add);

        filter.Observe(healthy, T0, "n1");
        Assert.False(filter.Observe(refusal, T0.AddSeconds(1), "n1"));
        Assert.False(filter.Observe(healthy, T0.AddSeconds(2), "n1"));

        Assert.Single(stored);
    }
}
