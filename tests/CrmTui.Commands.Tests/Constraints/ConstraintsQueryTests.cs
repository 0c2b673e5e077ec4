using CrmTui.Commands.Constraints;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Commands.Tests.Constraints;

public sealed class ConstraintsQueryTests
{
    [Fact]
    public async Task It_runs_one_read_only_cibadmin_query_and_returns_the_constraints()
    {
        var runner = new RecordingRunner("node1").WhenProgram("cibadmin",
            stdout: """<constraints><rsc_location id="cli-prefer-d" rsc="d" node="node1" score="INFINITY"/></constraints>""");

        var result = await new ConstraintsQuery(runner).QueryAsync();

        Assert.Null(result.Error);
        Assert.Equal("cli-prefer-d", Assert.Single(result.Constraints).Id);
        Assert.Equal(["cibadmin", "--query", "--scope=constraints"], Assert.Single(runner.Argvs));
    }

    [Fact]
    public async Task A_failed_command_is_a_result_with_its_stderr()
    {
        var runner = new RecordingRunner().WhenProgram("cibadmin", exitCode: 13, stderr: "Permission denied\n");

        var result = await new ConstraintsQuery(runner).QueryAsync();

        Assert.Empty(result.Constraints);
        Assert.Equal("cibadmin --query --scope constraints: Permission denied", result.Error);
    }

    [Fact]
    public async Task An_unreachable_host_and_output_that_is_not_xml_are_results_too()
    {
        var down = new RecordingRunner("node1").Throws(c => true, TransportFailure.ConnectionFailed, "node1: connection refused");
        var garbage = new RecordingRunner().WhenProgram("cibadmin", stdout: "not xml");

        Assert.Equal("node1: connection refused", (await new ConstraintsQuery(down).QueryAsync()).Error);
        Assert.StartsWith("cibadmin constraints output is not XML", (await new ConstraintsQuery(garbage).QueryAsync()).Error, StringComparison.Ordinal);
    }
}
