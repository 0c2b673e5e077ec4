using CrmTui.Integration.Tests.Lab;
using CrmTui.TestKit.Fakes;
using CrmTui.Transport;

namespace CrmTui.Integration.Tests.LabTests;

/// <summary>The runner into the lab, without a lab: what it hands to the inner runner.</summary>
public sealed class NamespacedRunnerTests
{
    private readonly RecordingRunner _inner = new();

    private NamespacedRunner Runner() =>
        new(_inner, "lab node1", "/run/netns/crmtui-x-1", "/tmp/l/ns/mnt", "/tmp/l/ns/uts", "/tmp/l/ns/ipc");

    [Fact]
    public async Task The_argv_runs_behind_nsenter_with_every_lab_namespace_and_keeps_its_settings()
    {
        var command = CommandLine.Of("crm_mon", "--output-as=xml", "a b'c")
            .WithTimeout(TimeSpan.FromSeconds(7)).WithEnvironment("CIB_file", "/x") with { StandardInput = "in" };

        await Runner().RunAsync(command);

        var sent = Assert.Single(_inner.Calls);
        Assert.Equal(
            ["nsenter", "--net=/run/netns/crmtui-x-1", "--mount=/tmp/l/ns/mnt", "--uts=/tmp/l/ns/uts", "--ipc=/tmp/l/ns/ipc", "--",
             "crm_mon", "--output-as=xml", "a b'c"],
            sent.Argv.ToArray());
        Assert.Equal((TimeSpan.FromSeconds(7), "/x", "in"), (sent.Timeout, sent.Environment["CIB_file"], sent.StandardInput));
    }

    [Fact]
    public void Format_shows_the_command_exactly_as_it_runs()
    {
        var text = Runner().Format(CommandLine.Of("crm_mon", "-1"));

        Assert.Equal("nsenter --net=/run/netns/crmtui-x-1 --mount=/tmp/l/ns/mnt --uts=/tmp/l/ns/uts --ipc=/tmp/l/ns/ipc -- crm_mon -1", text);
    }

    [Fact]
    public async Task Nsenter_failing_to_execute_the_program_is_reported_as_program_not_found()
    {
        _inner.WhenProgram("nsenter", exitCode: 127, stderr: "nsenter: failed to execute nope: No such file or directory\n");

        var ex = await Assert.ThrowsAsync<TransportException>(() => Runner().RunAsync(CommandLine.Of("nope")));

        Assert.Equal((TransportFailure.ProgramNotFound, "lab node1"), (ex.Failure, ex.Target));
    }

    [Fact]
    public async Task A_program_that_itself_exits_127_is_an_ordinary_result()
    {
        _inner.WhenProgram("nsenter", exitCode: 127, stderr: "bash: foo: command not found\n");

        var result = await Runner().RunAsync(CommandLine.Of("bash", "-c", "foo"));

        Assert.Equal(127, result.ExitCode);
    }
}
