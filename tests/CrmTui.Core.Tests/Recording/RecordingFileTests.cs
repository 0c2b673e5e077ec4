using System.IO.Compression;
using System.Text;
using CrmTui.Core.Recording;

namespace CrmTui.Core.Tests.Recording;

public sealed class RecordingFileTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 14, 2, 11, TimeSpan.Zero);
    private static readonly RecordingHeader Header = new(RecordingFormat.Version, T0, "crm_mon on alpha-01");

    [Fact]
    public void Records_written_come_back_in_order_with_time_host_and_xml()
    {
        using var files = new RecordingFiles();
        var path = files.PathOf("r.crmrec");
        var a = new RecordedSnapshot(T0, "alpha-01", RecordingFiles.Fixture("two-node-ok.xml"));
        var b = new RecordedSnapshot(T0.AddSeconds(9), "alpha-02", RecordingFiles.Fixture("standby-maintenance.xml"));

        using (var writer = RecordingWriter.Create(path, Header))
        {
            writer.Append(a);
            writer.Append(b);
        }
        var contents = RecordingReader.Read(path);

        Assert.Equal(Header, contents.Header);
        Assert.Equal([a, b], contents.Records.ToArray());
        Assert.Empty(contents.Problems);
    }

    [Fact]
    public void The_file_is_plain_gzip_of_json_lines_an_operator_can_read_with_zcat()
    {
        using var files = new RecordingFiles();
        var path = files.PathOf("r.crmrec");
        using (var writer = RecordingWriter.Create(path, Header))
            writer.Append(new RecordedSnapshot(T0, "alpha-01", "<pacemaker-result/>"));

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var lines = new StreamReader(gzip, Encoding.UTF8).ReadToEnd().Split('\n');

        Assert.StartsWith("{\"format\":\"crmtui-recording\",\"version\":1,", lines[0]);
        Assert.Equal("{\"n\":1,\"at\":\"2026-12-04T14:02:11.0000000+00:00\",\"host\":\"alpha-01\",\"xml\":\"<pacemaker-result/>\"}", lines[1]);
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public void A_recorder_killed_before_closing_leaves_every_appended_record_readable()
    {
        // Given a recording still open (no gzip trailer yet), copied as a kill would leave it
        using var files = new RecordingFiles();
        var path = files.PathOf("r.crmrec");
        var copy = files.PathOf("killed.crmrec");
        using (var writer = RecordingWriter.Create(path, Header))
        {
            writer.Append(new RecordedSnapshot(T0, "alpha-01", RecordingFiles.Fixture("two-node-ok.xml")));
            writer.Append(new RecordedSnapshot(T0.AddSeconds(1), "alpha-01", RecordingFiles.Fixture("failed-action.xml")));
            File.Copy(path, copy);
        }

        // When it is read
        var contents = RecordingReader.Read(copy);

        // Then both records are there; the missing trailer is at most a note
        Assert.Equal(2, contents.Records.Length);
        Assert.All(contents.Problems, p => Assert.Contains("ends early", p));
    }

    [Fact]
    public void A_record_cut_in_half_is_reported_and_ignored_and_the_ones_before_it_kept()
    {
        using var files = new RecordingFiles();
        var path = files.PathOf("cut.crmrec");
        var whole = RecordingFormat.RecordLine(1, new RecordedSnapshot(T0, "alpha-01", "<x/>"));
        var half = RecordingFormat.RecordLine(2, new RecordedSnapshot(T0, "alpha-01", "<y/>"))[..20];
        WriteGzip(path, RecordingFormat.HeaderLine(Header) + "\n" + whole + "\n" + half);

        var contents = RecordingReader.Read(path);

        Assert.Equal("<x/>", Assert.Single(contents.Records).Xml);
        Assert.Equal("record 2 is cut short (the recorder stopped while writing it); ignored", Assert.Single(contents.Problems));
    }

    [Fact]
    public void A_gzip_stream_cut_mid_block_keeps_the_records_before_the_cut()
    {
        // Given a finished recording cut half-way through the second record's bytes
        using var files = new RecordingFiles();
        var path = files.PathOf("r.crmrec");
        long afterFirst;
        using (var writer = RecordingWriter.Create(path, Header))
        {
            writer.Append(new RecordedSnapshot(T0, "alpha-01", RecordingFiles.Fixture("two-node-ok.xml")));
            afterFirst = new FileInfo(path).Length;
            writer.Append(new RecordedSnapshot(T0.AddSeconds(1), "alpha-01", RecordingFiles.Fixture("bundle.xml")));
        }
        var bytes = File.ReadAllBytes(path);
        var cut = files.PathOf("cut.crmrec");
        File.WriteAllBytes(cut, bytes[..(int)((afterFirst + bytes.Length) / 2)]);

        // When it is read, it does not throw
        var contents = RecordingReader.Read(cut);

        // Then the first record is intact and the damage is reported
        Assert.Equal(RecordingFiles.Fixture("two-node-ok.xml"), Assert.Single(contents.Records).Xml);
        Assert.NotEmpty(contents.Problems);
    }

    [Fact]
    public void A_bad_record_in_the_middle_is_named_and_skipped()
    {
        using var files = new RecordingFiles();
        var path = files.PathOf("bad.crmrec");
        WriteGzip(path, string.Join("\n",
            RecordingFormat.HeaderLine(Header),
            RecordingFormat.RecordLine(1, new RecordedSnapshot(T0, "a", "<x/>")),
            "{\"n\":2,\"at\":\"yesterday\",\"xml\":\"<y/>\"}",
            RecordingFormat.RecordLine(3, new RecordedSnapshot(T0.AddSeconds(2), "a", "<z/>"))) + "\n");

        var contents = RecordingReader.Read(path);

        Assert.Equal(["<x/>", "<z/>"], contents.Records.Select(r => r.Xml).ToArray());
        Assert.Equal("record 2 is not a valid record (no valid \"at\" time); skipped", Assert.Single(contents.Problems));
    }

    [Fact]
    public void A_file_that_is_not_gzip_is_refused_with_the_reason()
    {
        using var files = new RecordingFiles();
        var path = files.PathOf("plain.xml");
        File.WriteAllText(path, RecordingFiles.Fixture("two-node-ok.xml"));

        var e = Assert.Throws<ReplayFileException>(() => RecordingReader.Read(path));

        Assert.Equal("not a crmtui recording: the file is not gzip-compressed", e.Message);
    }

    [Fact]
    public void A_gzip_file_without_the_header_is_refused()
    {
        using var files = new RecordingFiles();
        var path = files.PathOf("other.gz");
        WriteGzip(path, "{\"hello\":1}\n");

        var e = Assert.Throws<ReplayFileException>(() => RecordingReader.Read(path));

        Assert.Equal("not a crmtui recording: the first line is not a crmtui-recording header", e.Message);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var files = new RecordingFiles();
        var path = files.PathOf("keep.txt");
        File.WriteAllText(path, "precious");

        Assert.Throws<IOException>(() => RecordingWriter.Create(path, Header));
        Assert.Equal("precious", File.ReadAllText(path));
    }

    private static void WriteGzip(string path, string text)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }
}
