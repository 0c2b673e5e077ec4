using CrmTui.Commands.Status;
using CrmTui.Commands.Tests.Support;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Commands.Tests.Status;

public sealed class ClusterStatusQueryTests
{
    [Fact]
    public void The_query_runs_crm_mon_with_xml_output_and_a_short_timeout()
    {
        var command = new ClusterStatusQuery(new RecordingRunner()).Command;
        Assert.Equal(["crm_mon", "--output-as=xml"], command.Argv.ToArray());
        Assert.Equal(StatusQueryOptions.DefaultTimeout, command.Timeout);
    }

    [Fact]
    public void A_fence_history_level_is_passed_to_crm_mon()
    {
        var command = new ClusterStatusQuery(new RecordingRunner(), new StatusQueryOptions(FenceHistory: 3, Timeout: TimeSpan.FromSeconds(4))).Command;
        Assert.Equal(["crm_mon", "--output-as=xml", "--fence-history=3"], command.Argv.ToArray());
        Assert.Equal(TimeSpan.FromSeconds(4), command.Timeout);
    }

    [Fact]
    public void A_fence_history_level_outside_0_to_3_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClusterStatusQuery(new RecordingRunner(), new StatusQueryOptions(FenceHistory: 4)));
    }

    [Fact]
    public async Task A_healthy_answer_is_parsed_into_a_snapshot()
    {
        var runner = new RecordingRunner("ssh lab1").WhenProgram("crm_mon", stdout: Fixture.Text("crm_mon/one-node-ok.xml"));

        var result = await new ClusterStatusQuery(runner).QueryAsync();

        Assert.Equal(StatusKind.Ok, result.Kind);
        Assert.Null(result.Error);
        Assert.Equal("ssh lab1", result.Host);
        var snapshot = result.Snapshot!;
        Assert.Equal("lab1", Assert.Single(snapshot.Nodes).Name);
        Assert.Equal(["alpha", "beta"], snapshot.Resources.Select(r => r.Id).ToArray());
        Assert.Equal("alpha", Assert.Single(snapshot.Failures).Resource);
    }

    [Fact]
    public async Task Stopped_resources_are_in_the_default_xml_so_no_inactive_flag_is_needed()
    {
        var runner = new RecordingRunner().WhenProgram("crm_mon", stdout: Fixture.Text("crm_mon/one-node-ok.xml"));

        var result = await new ClusterStatusQuery(runner).QueryAsync();

        Assert.DoesNotContain("--inactive", runner.Calls[0].Argv);
        Assert.Contains(result.Snapshot!.Resources, r => r.Id == "beta");
    }

    [Fact]
    public async Task Pacemaker_down_is_a_refusal_naming_the_host_and_crm_mons_errors()
    {
        var runner = new RecordingRunner("ssh lab2").WhenProgram("crm_mon", exitCode: 102, stdout: Fixture.Text("crm_mon/pacemaker-down.xml"));

        var result = await new ClusterStatusQuery(runner).QueryAsync();

        Assert.Equal(StatusKind.Refused, result.Kind);
        Assert.Null(result.Snapshot);
        Assert.Equal(102, result.ExitCode);
        Assert.Equal(
            "Pacemaker did not answer on ssh lab2: error: Could not connect to launcher: Connection refused; "
            + "crm_mon: Connection to cluster failed: Connection refused (exit 102)", result.Error);
    }

    [Fact]
    public async Task Errors_in_the_status_with_exit_code_zero_are_still_a_refusal()
    {
        var runner = new RecordingRunner().WhenProgram("crm_mon", exitCode: 0, stdout: Fixture.Text("crm_mon/cib-unreadable.xml"));

        var result = await new ClusterStatusQuery(runner).QueryAsync();

        Assert.Equal(StatusKind.Refused, result.Kind);
        Assert.Contains("Could not connect to the CIB: No such device or address", result.Error);
    }

    [Fact]
    public async Task Truncated_output_is_malformed_not_an_exception()
    {
        var xml = Fixture.Text("crm_mon/one-node-ok.xml");
        var runner = new RecordingRunner().WhenProgram("crm_mon", stdout: xml[..(xml.Length / 2)]);

        var result = await new ClusterStatusQuery(runner).QueryAsync();

        Assert.Equal(StatusKind.Malformed, result.Kind);
        Assert.StartsWith("crm_mon output unreadable: ", result.Error);
    }

    [Fact]
    public async Task A_non_zero_exit_without_xml_is_a_refusal_explained_by_stderr()
    {
        var runner = new RecordingRunner().WhenProgram("crm_mon", exitCode: 127, stderr: "sh: crm_mon: command not found\n");

        var result = await new ClusterStatusQuery(runner).QueryAsync();

        Assert.Equal(StatusKind.Refused, result.Kind);
        Assert.Equal("sh: crm_mon: command not found (exit 127)", result.Error);
    }

    [Fact]
    public async Task An_unreachable_host_is_a_result_carrying_the_transport_failure()
    {
        var runner = new RecordingRunner("ssh lab3").Throws(_ => true, TransportFailure.Timeout, "ssh lab3: no answer within 10 s");

        var result = await new ClusterStatusQuery(runner).QueryAsync();

        Assert.Equal(StatusKind.Unreachable, result.Kind);
        Assert.Equal(TransportFailure.Timeout, result.TransportFailure);
        Assert.Equal("ssh lab3: no answer within 10 s", result.Error);
    }
}
