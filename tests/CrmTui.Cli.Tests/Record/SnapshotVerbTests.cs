using CrmTui.Cli.Tests.Status;
using CrmTui.Cli.Verbs;
using CrmTui.Core.Recording;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Cli.Tests.Record;

public sealed class SnapshotVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crmtui-snapshot-verb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Every_part_is_run_and_a_failing_or_missing_tool_is_recorded_with_its_reason()
    {
        // Given a host where corosync-quorumtool fails and stonith_admin cannot be run
        var runner = new RecordingRunner("ssh node1")
            .WhenProgram("crm_mon", stdout: File.ReadAllText(Corpus.Fixture("healthy.xml")))
            .WhenProgram("cibadmin", stdout: "<cib/>")
            .WhenProgram("corosync-quorumtool", exitCode: 1, stderr: "Cannot initialize CMAP service\n")
            .Throws(c => c.Program == "stonith_admin", TransportFailure.ProgramNotFound, "stonith_admin: not found");
        var path = Path.Combine(_dir, "incident.tar.gz");

        // When a snapshot is taken
        var (exit, output, error) = await VerbRun.RunAsync(SnapshotVerb.Create(_ => runner), [path]);

        // Then every command ran once, in order, and the bundle says which failed and why
        Assert.Equal(RecordExitCode.PartsFailed, exit);
        Assert.Equal(["crm_mon", "cibadmin", "stonith_admin", "corosync-cfgtool", "corosync-quorumtool", "pacemakerd", "corosync"],
            runner.Calls.Select(c => c.Program).ToArray());
        Assert.Equal(["stonith_admin", "--history=*", "--verbose", "--output-as=xml"], runner.Argvs[2]);
        var bundle = IncidentBundleFile.Read(path);
        Assert.Equal("ssh node1", bundle.Host);
        Assert.Equal("<cib/>", bundle.Find("cib")!.Stdout);
        Assert.Equal("exit code 1: Cannot initialize CMAP service", bundle.Find("corosync-quorumtool")!.Failure);
        Assert.Equal("not run: stonith_admin: not found", bundle.Find("fence-history")!.Failure);
        Assert.Contains("crmtui snapshot: corosync-quorumtool: exit code 1: Cannot initialize CMAP service", error);
        Assert.Contains("FAILED  fence-history.xml", output);
        // And replay opens it as one snapshot
        Assert.Single(ReplayTapeLoader.Load(path).Frames);
    }

    [Fact]
    public async Task A_cib_file_is_read_by_both_crm_mon_and_cibadmin()
    {
        var runner = new RecordingRunner("local").WhenProgram("crm_mon", stdout: File.ReadAllText(Corpus.Fixture("healthy.xml")));
        var path = Path.Combine(_dir, "b.tar.gz");

        var (exit, _, _) = await VerbRun.RunAsync(SnapshotVerb.Create(_ => runner), [path, "--cib-file", "/tmp/cib.xml"]);

        Assert.Equal(RecordExitCode.Ok, exit);
        Assert.Equal("/tmp/cib.xml", runner.CallsTo("crm_mon")[0].Environment["CIB_file"]);
        Assert.Equal("/tmp/cib.xml", runner.CallsTo("cibadmin")[0].Environment["CIB_file"]);
    }

    [Fact]
    public async Task Crm_mon_failing_is_exit_5_and_the_bundle_is_still_written()
    {
        var runner = new RecordingRunner("local").WhenProgram("crm_mon", exitCode: 102, stderr: "crm_mon: Error: cluster is not available on this node\n");
        var path = Path.Combine(_dir, "c.tar.gz");

        var (exit, _, _) = await VerbRun.RunAsync(SnapshotVerb.Create(_ => runner), [path]);

        Assert.Equal(RecordExitCode.Unreachable, exit);
        Assert.Equal("exit code 102: crm_mon: Error: cluster is not available on this node", IncidentBundleFile.Read(path).Find("crm_mon")!.Failure);
    }

    [Fact]
    public async Task An_existing_file_is_not_overwritten_and_nothing_runs()
    {
        var runner = new RecordingRunner("local");
        var path = Path.Combine(_dir, "exists.tar.gz");
        File.WriteAllText(path, "keep");

        var (exit, _, error) = await VerbRun.RunAsync(SnapshotVerb.Create(_ => runner), [path]);

        Assert.Equal(RecordExitCode.FileError, exit);
        Assert.Contains("exists; a bundle is never overwritten", error);
        Assert.Empty(runner.Calls);
        Assert.Equal("keep", File.ReadAllText(path));
    }
}
