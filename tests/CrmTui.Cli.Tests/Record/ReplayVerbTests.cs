using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs;
using CrmTui.Core.Parsing;
using CrmTui.Core.Recording;

namespace CrmTui.Cli.Tests.Record;

public sealed class ReplayVerbTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 14, 2, 11, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("crmtui-replay-verb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task List_prints_each_snapshot_and_its_changes_and_names_the_bad_record()
    {
        // Given a recording: healthy, a bad record, then the trouble
        var path = Path.Combine(_dir, "r.crmrec");
        using (var writer = RecordingWriter.Create(path, new RecordingHeader(1, T0, "crm_mon on node1")))
        {
            writer.Append(new RecordedSnapshot(T0, "ssh node1", File.ReadAllText(Corpus.Fixture("healthy.xml"))));
            writer.Append(new RecordedSnapshot(T0.AddSeconds(5), "ssh node1", File.ReadAllText(Corpus.Fixture("truncated.xml"))));
            writer.Append(new RecordedSnapshot(T0.AddSeconds(9), "ssh node1", File.ReadAllText(Corpus.Fixture("trouble.xml"))));
        }

        var (exit, output, error) = await VerbRun.RunAsync(ReplayVerb.Create(_ => null), [path, "--list"]);

        Assert.Equal(RecordExitCode.Ok, exit);
        var lines = output.Split('\n');
        Assert.Equal("recording of crm_mon on node1: 2 snapshot(s)", lines[0]);
        Assert.StartsWith("#1  2026-12-04 14:02:11Z  ssh node1  first snapshot: ", lines[1]);
        Assert.Equal("#3  2026-12-04 14:02:20Z  ssh node1", lines[2]);
        Assert.StartsWith("    ", lines[3]);
        Assert.StartsWith($"crmtui replay: {path}: record 2 (2026-12-04 14:02:16Z): its crm_mon XML does not parse", error);
    }

    [Fact]
    public async Task A_file_that_is_neither_kind_is_exit_3_with_the_reason()
    {
        var path = Path.Combine(_dir, "status.xml");
        File.WriteAllText(path, "<pacemaker-result/>");

        var (exit, _, error) = await VerbRun.RunAsync(ReplayVerb.Create(_ => null), [path]);

        Assert.Equal(RecordExitCode.NothingToReplay, exit);
        Assert.Equal($"crmtui replay: {path}: neither a crmtui recording nor a snapshot bundle: the file is not gzip-compressed\n", error);
    }

    [Fact]
    public async Task A_missing_file_is_exit_2()
    {
        var (exit, _, error) = await VerbRun.RunAsync(ReplayVerb.Create(_ => null), [Path.Combine(_dir, "nope")]);

        Assert.Equal(RecordExitCode.FileError, exit);
        Assert.StartsWith("crmtui replay: cannot read ", error);
    }

    [Fact]
    public void Record_refuses_a_saved_xml_file_as_a_usage_error()
    {
        var result = RecordVerb.Create().Parse(["r.crmrec", "--xml-file", "x.xml"]);

        Assert.Contains("record watches a live cluster: a saved --xml-file never changes", result.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task Record_never_overwrites_a_file()
    {
        var path = Path.Combine(_dir, "old.crmrec");
        File.WriteAllText(path, "keep");

        var (exit, _, error) = await VerbRun.RunAsync(RecordVerb.Create(_ => throw new InvalidOperationException("must not run")), [path]);

        Assert.Equal(RecordExitCode.FileError, exit);
        Assert.Contains("exists; a recording is never overwritten", error);
        Assert.Equal("keep", File.ReadAllText(path));
    }
}
