using System.Collections.Immutable;
using CrmTui.Core.Recording;

namespace CrmTui.Core.Tests.Recording;

public sealed class ReplayTapeLoaderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 14, 2, 11, TimeSpan.Zero);

    [Fact]
    public void A_record_with_bad_xml_is_named_and_the_rest_still_replay()
    {
        // Given three records, the second not crm_mon XML
        using var files = new RecordingFiles();
        var path = files.PathOf("r.crmrec");
        using (var writer = RecordingWriter.Create(path, new RecordingHeader(1, T0, "crm_mon (local)")))
        {
            writer.Append(new RecordedSnapshot(T0, "node1", RecordingFiles.Fixture("two-node-ok.xml")));
            writer.Append(new RecordedSnapshot(T0.AddSeconds(3), "node1", "<pacemaker-result><nodes>"));
            writer.Append(new RecordedSnapshot(T0.AddSeconds(6), "node1", RecordingFiles.Fixture("standby-maintenance.xml")));
        }

        var tape = ReplayTapeLoader.Load(path);

        Assert.Equal(ReplayKind.Recording, tape.Kind);
        Assert.Equal([1, 3], tape.Frames.Select(f => f.Record).ToArray());
        var problem = Assert.Single(tape.Problems);
        Assert.StartsWith("record 2 (2026-12-04 14:02:14Z): its crm_mon XML does not parse (", problem);
        Assert.EndsWith("; skipped", problem);
    }

    [Fact]
    public void A_snapshot_bundle_round_trips_and_replays_as_one_frame_with_failed_parts_reported()
    {
        // Given a bundle where corosync-quorumtool failed
        using var files = new RecordingFiles();
        var path = files.PathOf("incident.tar.gz");
        var bundle = new IncidentBundle(T0, "node1", "crm_mon (local)", "1.2.3",
        [
            new IncidentPart("crm_mon", "crm_mon.xml", "crm_mon --output-as=xml", 0, RecordingFiles.Fixture("two-node-ok.xml"), "", null),
            new IncidentPart("cib", "cib.xml", "cibadmin --query", 0, "<cib/>", "", null),
            new IncidentPart("corosync-quorumtool", "corosync-quorumtool.txt", "corosync-quorumtool -s", 2, "", "Cannot initialize QUORUM service\n",
                "exit code 2: Cannot initialize QUORUM service"),
        ]);

        IncidentBundleFile.Write(path, bundle);
        var read = IncidentBundleFile.Read(path);
        var tape = ReplayTapeLoader.Load(path);

        // Then the bundle comes back whole
        Assert.Equal(bundle with { Parts = [] }, read with { Parts = [] });
        Assert.Equal(bundle.Parts.ToArray(), read.Parts.ToArray());
        // And the replay has the one crm_mon frame and names the failed part
        Assert.Equal(ReplayKind.Snapshot, tape.Kind);
        var frame = Assert.Single(tape.Frames);
        Assert.Equal((T0, "node1"), (frame.At, frame.Host));
        Assert.Equal("corosync-quorumtool: exit code 2: Cannot initialize QUORUM service", Assert.Single(tape.Problems));
    }

    [Fact]
    public void A_bundle_is_an_ordinary_tar_gz_with_one_directory()
    {
        using var files = new RecordingFiles();
        var path = files.PathOf("incident.tar.gz");
        IncidentBundleFile.Write(path, new IncidentBundle(T0, "node1", "local", "1.0",
            [new IncidentPart("cib", "cib.xml", "cibadmin --query", 0, "<cib/>", "warning\n", null)]));

        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var tar = new System.Formats.Tar.TarReader(gzip);
        var names = new List<string>();
        while (tar.GetNextEntry() is { } entry)
            names.Add(entry.Name);

        Assert.Equal(["crmtui-snapshot/manifest.json", "crmtui-snapshot/cib.xml", "crmtui-snapshot/cib.stderr"], names);
    }

    [Fact]
    public void A_bundle_without_crm_mon_output_replays_nothing_and_says_why()
    {
        using var files = new RecordingFiles();
        var path = files.PathOf("incident.tar.gz");
        IncidentBundleFile.Write(path, new IncidentBundle(T0, "node1", "local", "1.0",
            [new IncidentPart("crm_mon", "crm_mon.xml", "crm_mon --output-as=xml", null, "", "", "crm_mon could not be run: not found")]));

        var tape = ReplayTapeLoader.Load(path);

        Assert.True(tape.IsEmpty);
        Assert.Equal(["crm_mon: crm_mon could not be run: not found", "the bundle has no crm_mon status (incident.tar.gz)"], tape.Problems.ToArray());
    }

    [Fact]
    public void A_plain_xml_file_is_refused_as_neither_kind()
    {
        using var files = new RecordingFiles();
        var path = files.PathOf("status.xml");
        File.WriteAllText(path, RecordingFiles.Fixture("two-node-ok.xml"));

        var e = Assert.Throws<ReplayFileException>(() => ReplayTapeLoader.Load(path));

        Assert.Equal("neither a crmtui recording nor a snapshot bundle: the file is not gzip-compressed", e.Message);
    }
}
